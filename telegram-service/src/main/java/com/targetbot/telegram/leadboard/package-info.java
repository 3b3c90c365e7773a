/**
 * {@code /leads} for managers and admins: the latest leads from leads-service with buttons that change a
 * lead's status (an {@code UpdateLead} command), the list edited in place. Every press is checked against
 * the presser's role, not only the button's data. New leads are announced to managers and registered
 * groups within a per-chat budget a minute; what the budget holds back is told in one digest per chat.
 */
@NullMarked
package com.targetbot.telegram.leadboard;

import org.jspecify.annotations.NullMarked;
