/*
 * fuzz_date: dates as people type them in forms, CSV files and on the
 * command line (date_parse), and the day arithmetic done with them.
 * A date that parses must print back as the same text.
 */
#include <stdlib.h>
#include <string.h>

#include "rules/date.h"
#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char	*s = fuzz_str(data, size);
	char	 back[DATE_LEN];
	int	 days, later, months;

	if (date_parse(s, &days) == 0) {
		date_format(days, back);
		if (strcmp(back, s) != 0)
			abort();	/* parsed, but not as written */
		(void)date_year(days);
		/* The months a term or notice period may add. */
		months = size > 10 ? (int)(signed char)data[size - 1] : 12;
		later = date_add_months(days, months);
		if (months > 0 && later <= days)
			abort();
	}
	free(s);
	return 0;
}
