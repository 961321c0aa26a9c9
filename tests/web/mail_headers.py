#!/usr/bin/python3
# Sends the outbox of DB through a real SMTP server on loopback
# (aiosmtpd, in this process) and prints, for the first message to TO
# whose subject has SUBJECT in it, the headers named after it, one
# "Name: value" a line.
# usage: mail_headers.py ALLIANCE DB TO SUBJECT HEADER...
import os
import socket
import subprocess
import sys
from email import message_from_bytes
from email.policy import default

from aiosmtpd.controller import Controller

alliance, db, to, subject, names = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:]
got = []


class Keep:
    async def handle_DATA(self, server, session, envelope):
        got.append((envelope.rcpt_tos, envelope.content))
        return '250 OK'


s = socket.socket()
s.bind(('127.0.0.1', 0))
port = s.getsockname()[1]
s.close()
ctl = Controller(Keep(), hostname='127.0.0.1', port=port)
ctl.start()
try:
    env = dict(os.environ, ALLIANCE_SMTP_URL=f'smtp://127.0.0.1:{port}',
               ALLIANCE_MAIL_FROM='secretariat@alliance.example.org')
    subprocess.run([alliance, '--db', db, 'mail', 'send'], env=env, check=True,
                   stdout=subprocess.DEVNULL)
finally:
    ctl.stop()
for rcpt, raw in got:
    m = message_from_bytes(raw, policy=default)
    if to in rcpt and subject in str(m['Subject']):
        for n in names:
            print(f'{n}: {m.get(n, "")}')
        break
else:
    print('no message')
