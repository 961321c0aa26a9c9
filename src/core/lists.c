/*
 * Long lists read a page at a time, so that the register of an
 * arrangement of thousands of organisations costs one page to show.
 */
#include "core.h"
#include "core_int.h"
#include "store/rec_registry.h"
#include "store/store.h"

int
core_register_members_page(struct core *c, const struct viewer *v,
    int64_t page, int64_t size, struct rec_membership_list *out,
    int64_t *total)
{
	int	rc;

	(void)v;	/* SA-3.2: the register is public */
	out->v = NULL;
	out->n = 0;
	*total = 0;
	if (page < 1 || size < 1)
		return core_fail(c, CORE_EINVAL, "page", "page %lld of %lld "
		    "rows: both must be whole numbers above 0",
		    (long long)page, (long long)size);
	if ((rc = store_memb_register_count(c->st, c->arr, total)) ==
	    STORE_OK)
		rc = store_memb_register_page(c->st, c->arr, size, (page - 1) *
		    size, out);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the member register");
}
