/**
 * {@code /leads} for managers and admins: the latest leads from leads-service with buttons that change a
 * lead's status (an {@code UpdateLead} command), the list edited in place. Every press is checked against
 * the presser's role, not only the button's data.
 */
@NullMarked
package com.targetbot.telegram.leadboard;

import org.jspecify.annotations.NullMarked;
