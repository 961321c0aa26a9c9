/*
 * Long lists read a page at a time, so that the register of an
 * arrangement of thousands of organisations costs one page to show.
 */
#include "core.h"
#include "core_int.h"
#include "store/store.h"

int
core_register_members_page(struct core *c, int64_t page, int64_t size,
    json_t **out, int64_t *total)
{
	json_t	*n = NULL;
	int	 rc;

	*out = NULL;
	*total = 0;
	if (page < 1 || size < 1)
		return core_fail(c, CORE_EINVAL, "page", "page %lld of %lld "
		    "rows: both must be whole numbers above 0",
		    (long long)page, (long long)size);
	if ((rc = store_row(c->st, &n, STMT_MEMB_REGISTER_COUNT, "l",
	    c->arr)) == STORE_OK)
		rc = store_rows(c->st, out, STMT_MEMB_REGISTER_PAGE, "lll",
		    c->arr, size, (page - 1) * size);
	*total = n != NULL ? jint(n, "n") : 0;
	json_decref(n);
	return rc == STORE_OK ? CORE_OK : core_store_fail(c, rc,
	    "reading the member register");
}
