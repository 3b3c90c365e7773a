/**
 * Which project (client) a new lead belongs to: a view of {@code projects.events} (each project's claims) and of
 * the campaigns on {@code meta.events} (campaign → ad account), kept in Redis under {@code leads-projects:} — not
 * under {@code leads:}, since a rebuild of the leads from {@code leads.events} must not erase it.
 */
@NullMarked
package com.targetbot.leads.projects;

import org.jspecify.annotations.NullMarked;
