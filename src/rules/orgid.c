/*
 * Organisation identifier shapes, from org-id.guide's UK lists.  POSIX
 * regular expressions do the matching.
 */
#include <ctype.h>
#include <regex.h>
#include <stdio.h>
#include <string.h>

#include "orgid.h"

static const struct orgid_list {
	const char	*prefix;	/* list code, with its trailing dash */
	const char	*pattern;	/* what follows the prefix */
	const char	*accepts;	/* said to the user */
} lists[] = {
	{ "GB-CHC-", "^[0-9]{6,7}$",
	  "GB-CHC- and the 6 or 7 digit charity number" },
	{ "GB-COH-", "^([0-9]{8}|(SC|NI|OC|SO|NC|R0|IP|SP|RS|LP|SL|FC|NF|GE|GS|GN|CE|CS|NO|NP|NL|NR|SA|SE|SF|SG|SR|SI|SZ|ZC)[0-9]{6})$",
	  "GB-COH- and the 8 character company number (01234567, SC123456)" },
	{ "GB-SC-", "^SC[0-9]{6}$",
	  "GB-SC- and the Scottish charity number (SC123456)" },
	{ "GB-NIC-", "^[0-9]{5,6}$",
	  "GB-NIC- and the 5 or 6 digit Northern Ireland charity number" },
	{ "GB-NHS-", "^[A-Z0-9]{3,6}$",
	  "GB-NHS- and the 3 to 6 character ODS code" },
	{ "GB-LAE-", "^[A-Z]{3,4}$",
	  "GB-LAE- and the 3 or 4 letter council code" },
	{ "GB-MPR-", "^[0-9]{1,6}R?$",
	  "GB-MPR- and the registered society number (12345R)" },
	{ "GB-EDU-", "^[0-9]{6}$",
	  "GB-EDU- and the 6 digit school URN" },
	{ "GB-GOR-", "^[A-Z]{2}[0-9]{1,4}$",
	  "GB-GOR- and the government organisation code (PB123)" },
	/* Councils in Scotland, Wales and Northern Ireland: the second
	 * part of their ISO 3166-2 codes. */
	{ "GB-LAS-", "^[A-Z]{3}$",
	  "GB-LAS- and the 3 letter Scottish council code (ZET)" },
	{ "GB-PLA-", "^[A-Z]{3}$",
	  "GB-PLA- and the 3 letter Welsh council code (AGY)" },
	{ "GB-LANI-", "^[A-Z]{3}$",
	  "GB-LANI- and the 3 letter Northern Ireland council code (BFS)" },
	/* Registered providers of social housing in England (LH4401,
	 * H4244, 4793). */
	{ "GB-SHPE-", "^[A-Z]{0,2}[0-9]{4}$",
	  "GB-SHPE- and the registered provider code (LH4401)" },
	/* The UK Register of Learning Providers: 8 digits from 1. */
	{ "GB-UKPRN-", "^1[0-9]{7}$",
	  "GB-UKPRN- and the 8 digit learning provider number (10000346)" },
	/* The Research Organization Registry: 0, six characters of its
	 * alphabet and two check digits (read in upper case here). */
	{ "XI-ROR-", "^0[0-9A-HJKMNP-TV-Z]{6}[0-9]{2}$",
	  "XI-ROR- and the 9 character ROR id (03YRM5C26)" },
};
#define NLISTS (sizeof(lists) / sizeof(lists[0]))

void
rules_orgid_normalise(const char *id, char *out, size_t outsz)
{
	size_t	i, n = 0;
	char	digits[16];

	for (i = 0; id[i] != '\0' && n + 1 < outsz; i++)
		if (!isspace((unsigned char)id[i]))
			out[n++] = (char)toupper((unsigned char)id[i]);
	out[n] = '\0';
	/* Excel turns 01234567 into 1234567: put the zeros back. */
	if (strncmp(out, "GB-COH-", 7) == 0 && strlen(out + 7) < 8 &&
	    strlen(out + 7) > 0 && strspn(out + 7, "0123456789") ==
	    strlen(out + 7) && outsz >= 16) {
		snprintf(digits, sizeof(digits), "%s", out + 7);
		snprintf(out + 7, outsz - 7, "%.*s%s",
		    (int)(8 - strlen(digits)), "00000000", digits);
	}
}

int
rules_orgid_check(const char *id, char *why, size_t whysz)
{
	const struct orgid_list	*l = NULL;
	regex_t			 re;
	size_t			 i;
	int			 ok;

	for (i = 0; i < NLISTS; i++)
		if (strncmp(id, lists[i].prefix,
		    strlen(lists[i].prefix)) == 0) {
			l = &lists[i];
			break;
		}
	if (l == NULL) {
		snprintf(why, whysz, "an org-id such as GB-CHC-1234567 "
		    "(charity), GB-COH-01234567 (company), GB-SC-SC123456, "
		    "GB-NIC-100002, GB-NHS-RJE, GB-LAE-STS or GB-MPR-12345R; "
		    "councils GB-LAS-, GB-PLA-, GB-LANI-; housing GB-SHPE-; "
		    "learning GB-UKPRN-; research XI-ROR-");
		return -1;
	}
	if (regcomp(&re, l->pattern, REG_EXTENDED | REG_NOSUB) != 0) {
		snprintf(why, whysz, "%s", l->accepts);
		return -1;
	}
	ok = regexec(&re, id + strlen(l->prefix), 0, NULL, 0) == 0;
	regfree(&re);
	if (!ok) {
		snprintf(why, whysz, "%s", l->accepts);
		return -1;
	}
	return 0;
}
