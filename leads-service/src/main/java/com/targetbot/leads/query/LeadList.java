package com.targetbot.leads.query;

import com.targetbot.leads.store.Lead;
import java.util.List;

/** A page of leads, newest first. */
record LeadList(List<Lead> items) {}
