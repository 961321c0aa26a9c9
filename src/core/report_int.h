/*
 * Between report.c and report_others.c: the annual report's sections
 * read from the partners' domains (core_partners.h, core_dispute.h,
 * core_audit.h).
 */
#ifndef CORE_REPORT_INT_H
#define CORE_REPORT_INT_H

#include "core_report.h"
#include "rules/constitution.h"

/* The self-assessment (MS-2-eval, MS-5), consultations (SC-consult),
 * spend (TP-3a), influence (TP-2b), partnerships (TP-2a), attendance
 * (SC-quarterly), plan (SC-plan), milestones (MS-5) and disputes
 * (SC-monitor) of r's year, judged by cons. */
int report_others(struct core *, const struct constitution *cons,
    struct core_report *r);
/* The audit log's signed head into r->audit_head (has_audit_head left
 * 0 when it cannot be read: the report is made without it). */
void report_others_head(struct core *, struct core_report *r);
void report_others_free(struct core_report *r);

#endif
