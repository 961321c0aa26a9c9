"""SMTP handlers for the tests, run by Debian's aiosmtpd:

    PYTHONPATH=tests/smtp python3 -m aiosmtpd -n -l 127.0.0.1:PORT -c handlers.Refuse

Refuse answers every recipient with a permanent failure, as a server
that will not take the mail does.
"""


class Refuse:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        return "550 5.1.1 mailbox unavailable"
