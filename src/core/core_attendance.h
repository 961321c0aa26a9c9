/*
 * core's register of a meeting (attendance.c): every member
 * organisation's attendance in one action, for a viewer; included by
 * core.h, which has what it takes.
 */
#ifndef CORE_ATTENDANCE_H
#define CORE_ATTENDANCE_H

/* One row of the register: an organisation of the meeting's group and
 * how it attended ("present", "apologies", "absent" or "deputy"), or
 * NULL or "" for a row left as it was (nothing recorded for it). */
struct attendance_row {
	int64_t		 org;
	const char	*as;
};

/*
 * SA-6.3, SA-7.3: the register of meeting, kept by the group's chair or
 * vice-chair, or an officer (or the command line).  Every row must be a
 * member organisation of the group and at least one row must say how
 * it attended; then all rows are recorded in one change, each with its
 * audit entry (core_meeting_attend), or none is.  *recorded (may be
 * NULL) gets how many rows were recorded.  CORE_ENOTFOUND: no such
 * meeting; CORE_EPERM: the viewer may not keep its register;
 * CORE_EINVAL: a row refused, field "register".
 */
int core_meeting_register(struct core *, const struct viewer *,
    int64_t meeting, const struct attendance_row *rows, size_t n,
    int *recorded) WUR;

#endif
