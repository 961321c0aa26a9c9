#!/bin/sh
# API tokens and officers' second factors from the command line: a
# token has a scope and a last day, is listed with when it was last
# used, and can be revoked once; bad input names its field and changes
# nothing.  An officer's second factor can be reset by another officer
# (or the host), and only an officer has one.
. "$(dirname "$0")/lib.sh"
export ALLIANCE_TODAY=2026-03-02

ok "init" init --template staffordshire-alliance
ok "an officer" person add --name "Olive Officer" --email olive@example.org
ok "may sign in as an officer" user add "Olive Officer" --officer
ok "a member" person add --name "Mo Member" --email mo@example.org
ok "may sign in by link" user add "Mo Member"

# --- tokens: ASVS 8.2.1 (scopes), 7.4.1 (a lifetime; revocation) ---
ok "a token for the web site, public by default" token create --name "Web site"
has "it is printed once: 43 characters" "^[A-Za-z0-9_-]{43}$"
ok "a members token with a last day" token create --name "CRM" --scope members --expires 2026-12-31
ok "a write token, for the writes to come" token create --name "Sync" --scope write
ok "the list" token list
has "shows the scope and a year's life by default" "Web site +public +2027-03-02"
has "shows the chosen last day" "CRM +members +2026-12-31"
has "has the columns" "Scope +Expires +Last used"
ok "as JSON" --json token list
same "three tokens" "$(jsonv 'len(j)')" 3
same "none used yet" "$(jsonv '[t["last_used"] for t in j]')" "[None, None, None]"
same "none revoked" "$(jsonv '[t["revoked"] for t in j]')" "[None, None, None]"

refused "an unknown scope names the field" 1 "scope 'admin' is not accepted; expected public, members or write" \
	token create --name "Admin" --scope admin
refused "a last day in the past" 1 "^alliance: expires '2026-03-01' is not accepted" \
	token create --name "Old" --expires 2026-03-01
refused "a last day more than three years ahead" 1 "expires '2030-01-01' is not accepted" \
	token create --name "Forever" --expires 2030-01-01
refused "a last day that is not a date" 1 "^alliance: --expires 'soon' is not accepted; expected a date as YYYY-MM-DD" \
	token create --name "Soon" --expires soon
refused "no name" 1 "name" token create --scope public
ok "today is a last day that works" token create --name "Today only" --expires 2026-03-02

ok "revoke the CRM token" token revoke 2
has "says so" "^token 2 revoked$"
ok "the list" --json token list
same "it is revoked" "$(jsonv '[t["name"] for t in j if t["revoked"]]')" "['CRM']"
refused "again: it is revoked already" 1 "token 2 was revoked on 2026-03-02" token revoke 2
refused "an unknown token" 1 "there is no token 99" token revoke 99
refused "not a number" 1 "token 'CRM' is not accepted; expected its id" token revoke CRM
ok "the audit log has them" --json audit list
same "each token's creation audited" \
	"$(jsonv 'len([e for e in j if e["action"] == "token.create"])')" 4
same "the revocation audited" \
	"$(jsonv 'len([e for e in j if e["action"] == "token.revoke"])')" 1

# --- the second factor: ASVS 6.4.3 (reset by another) ---
ok "a known secret, for setting up tests" user totp "Olive Officer" --secret JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP
has "says so" "^second factor set for Olive Officer$"
ok "the users" user list
has "show who has a second factor" "Olive Officer .* 1 +1 *$"
ok "reset, when the phone is lost" user totp "Olive Officer" --reset
has "says what happens next" "set up a new one at their next sign-in"
same "the secret is gone" "$(sqlite3 "$DB" "SELECT count(*) FROM app_user WHERE totp_secret IS NOT NULL")" 0
refused "a member has no second factor" 1 "Mo Member is not an officer; only officers have a second factor" \
	user totp "Mo Member" --reset
export ALLIANCE_PASSWORD="a long enough password"
refused "a member has no password" 1 \
	"Mo Member is not an officer; members sign in by an emailed link" user password "Mo Member"
unset ALLIANCE_PASSWORD
refused "nor does a stranger" 1 "no person" user totp "Nobody Known" --reset
refused "neither --reset nor --secret" 1 "give --reset, or --secret" user totp "Olive Officer"
refused "both" 1 "give --reset, or --secret" user totp "Olive Officer" --reset --secret JBSWY3DPEHPK3PXP
refused "a secret that is not base32" 1 "base32 secret" user totp "Olive Officer" --secret 'not base32!'
refused "a secret too short" 1 "base32 secret" user totp "Olive Officer" --secret JBSWY3DP
refused "an unknown person" 1 "Nobody" user totp "Nobody" --reset
ok "the audit log has them" --json audit list
same "set and reset audited" \
	"$(jsonv 'sorted(e["action"] for e in j if e["action"].startswith("user.totp"))')" \
	"['user.totp-reset', 'user.totp-set']"

finish
