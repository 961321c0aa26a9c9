# The attacker of 17_ledger.sh: holds the database file (not the key
# file) and knows the program's hashing, so can recompute a row's
# digest, its entry's list of rows and every hash of the chain after
# it.  What it cannot do is sign the new head.
#
#   ledger_attack.py DB vote MOTION ORG CHOICE   change a vote, recompute all
#   ledger_attack.py DB rechain                  recompute every hash
#   ledger_attack.py DB resign                   sign the head without the key
import hashlib, sqlite3, sys

def h(*parts):
	b = hashlib.blake2b(digest_size=32)
	for p in parts:
		b.update(p)
	return b

def row_digest(tbl, key, values):
	b = h(tbl.encode() + b"\0", key.encode() + b"\0")
	for v in values:
		if v is None:
			b.update(b"n\0")
		elif isinstance(v, int):
			b.update(b"i" + str(v).encode() + b"\0")
		else:
			t = v.encode() if isinstance(v, str) else v
			b.update((b"t" if isinstance(v, str) else b"b") +
			    str(len(t)).encode() + b"\0" + t)
	return b.hexdigest()

def list_digest(db, seq):
	b = h()
	rows = db.execute("SELECT tbl, row, digest, prior FROM ledger_row "
	    "WHERE seq = ? ORDER BY tbl, row", (seq,)).fetchall()
	for tbl, row, d, prior in rows:
		if prior is not None:
			b.update(b"!" + prior.encode() + b"\0")
		b.update(tbl.encode() + b"\0" + row.encode() + b"\0" +
		    (d or "-").encode() + b"\0")
	b.update(("%d rows" % len(rows)).encode())
	return b.hexdigest()

def rechain(db):
	cols = [r[1] for r in db.execute("PRAGMA table_info(audit)")]
	prev = "0" * 64
	for r in db.execute("SELECT * FROM audit ORDER BY seq").fetchall():
		e = dict(zip(cols, r))
		b = h(("%d\n%d\n" % (e["seq"], e["entity_id"] or 0)).encode())
		for f in ("at", "actor", "action", "entity", "detail"):
			b.update(e[f].encode() + b"\0")
		b.update(prev.encode() + b"\0")
		if e.get("vouched") is not None:
			e["vouched"] = list_digest(db, e["seq"])
			b.update(e["vouched"].encode() + b"\0")
			db.execute("UPDATE audit SET vouched = ? WHERE seq = ?",
			    (e["vouched"], e["seq"]))
		db.execute("UPDATE audit SET prev_hash = ?, hash = ? WHERE "
		    "seq = ?", (prev, b.hexdigest(), e["seq"]))
		prev = b.hexdigest()

db = sqlite3.connect(sys.argv[1])
what = sys.argv[2]
if what == "vote":
	motion, org, choice = int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
	db.execute("UPDATE motion_vote SET choice = ? WHERE motion_id = ? AND "
	    "organisation_id = ?", (choice, motion, org))
	rowid, *vals = db.execute("SELECT rowid, motion_id, organisation_id, "
	    "choice, cast_by, cast_at FROM motion_vote WHERE motion_id = ? AND "
	    "organisation_id = ?", (motion, org)).fetchone()
	d = row_digest("motion_vote", str(rowid), vals)
	db.execute("UPDATE ledger_row SET digest = ? WHERE tbl = 'motion_vote' "
	    "AND row = ?2 AND seq = (SELECT max(seq) FROM ledger_row WHERE "
	    "tbl = 'motion_vote' AND row = ?2)", (d, str(rowid)))
	rechain(db)
elif what == "rechain":
	rechain(db)
elif what == "resign":
	# Without the installation's key: a signature of its own making.
	db.execute("UPDATE audit SET sig = ? WHERE seq = (SELECT max(seq) "
	    "FROM audit)", ("ab" * 64,))
db.commit()
