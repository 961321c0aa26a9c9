/*
 * The annual report's last section: the audit log's head, signed with
 * the installation's key, so that a reader who keeps the report can
 * later show that no history before it was rewritten or removed
 * (`alliance audit verify --head LINE`).
 */
#include <stdio.h>
#include <string.h>

#include <jansson.h>

#include "report.h"
#include "report_int.h"

/* Long hex in pieces of 64, so that a printed page can hold it; the
 * check ignores the spaces when the line is given back. */
static void
rec_chunks(const char *s, char *out, size_t sz)
{
	size_t i, n = 0, len = strlen(s);

	for (i = 0; i < len && n + 2 < sz; i++) {
		if (i > 0 && i % 64 == 0)
			out[n++] = ' ';
		out[n++] = s[i];
	}
	out[n] = '\0';
}

void
report_doc_record(json_t *doc, const struct core_report *r)
{
	const struct audit_head *hd = &r->audit_head;
	json_t		*rows;
	char		 buf[600], line[600], at[64];

	json_array_append_new(doc, json_pack("{s:i, s:s}", "h", 2, "text",
	    "The record"));
	if (!r->has_audit_head) {
		json_array_append_new(doc, json_pack("{s:s}", "p", "The audit "
		    "log has no signed head yet."));
		return;
	}
	/* When the head was signed, as people write it. */
	render_when(S(hd->at), at, sizeof(at));
	snprintf(buf, sizeof(buf), "Every change to these records is in a "
	    "hash-chained audit log; each entry vouches for the rows it "
	    "wrote. When this report was drawn, the log ended at entry %lld "
	    "(%s), signed with this installation's key. Keep the line below: "
	    "'alliance audit verify --head LINE' shows whether the history "
	    "up to it is still whole.", (long long)hd->seq, at);
	json_array_append_new(doc, json_pack("{s:s}", "p", buf));
	rows = json_array();
	snprintf(buf, sizeof(buf), "%lld, %s", (long long)hd->seq, at);
	json_array_append_new(rows, json_pack("[s, s]", "Entry", buf));
	json_array_append_new(rows, json_pack("[s, s]", "Hash",
	    hd->hash));
	rec_chunks(hd->sig, buf, sizeof(buf));
	json_array_append_new(rows, json_pack("[s, s]", "Signature", buf));
	json_array_append_new(rows, json_pack("[s, s]", "Key",
	    hd->key));
	json_array_append_new(doc, json_pack("{s:{s:s, s:[s, s], s:o}}",
	    "table", "caption", "The signed head of the audit log", "heads",
	    "", "", "rows", rows));
	rec_chunks(S(hd->line), line, sizeof(line));
	json_array_append_new(doc, json_pack("{s:s}", "note", line));
}
