/*
 * The store's handle, shared by the files of store/ only (store.c and
 * backup.c): nothing above store/ sees a sqlite3 handle.
 */
#ifndef STORE_INT_H
#define STORE_INT_H

#include <sqlite3.h>

#include "store.h"

struct store {
	sqlite3		*db;
	sqlite3_stmt	*st[STMT__MAX];	/* prepared on first use */
	int		 readonly;	/* this user may not write it */
};

#endif
