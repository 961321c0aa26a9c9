/*
 * Organisation identifiers in org-id.guide form (GB-CHC-1234567,
 * GB-COH-01234567...).  Shape only: the registers carry no check digits.
 */
#ifndef RULES_ORGID_H
#define RULES_ORGID_H

#include <stddef.h>

/*
 * Returns 0 when id has the shape of a known list's identifier.  Else
 * returns -1 and writes into why what would be accepted.
 */
int rules_orgid_check(const char *id, char *why, size_t whysz);

/*
 * Writes the normal form of id into out: upper case, spaces removed,
 * Companies House numbers padded to 8 (spreadsheets drop leading zeros).
 */
void rules_orgid_normalise(const char *id, char *out, size_t outsz);

#endif
