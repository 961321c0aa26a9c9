/*
 * fuzz_money: amounts of money as typed into the funding forms and the
 * command line ("12,500.50", "£1,000"), by rules_money_parse.  An
 * amount that parses must print and parse back to the same pence.
 */
#include <stdlib.h>

#include "rules/compact.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char		*s = fuzz_str(data, size);
	char		 out[64];
	long long	 pence, again;

	if (rules_money_parse(s, &pence) == 0) {
		if (pence < 0)
			abort();
		rules_money_format(pence, out, sizeof(out));
		if (rules_money_parse(out, &again) != 0 || again != pence)
			abort();
	}
	free(s);
	return 0;
}
