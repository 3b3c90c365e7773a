/**
 * The agency's calendar: the one time zone ({@code targetbot.agency.zone}) whose days every service counts
 * leads by, names reports after and shows times in.
 */
@NullMarked
package com.targetbot.kit.agency;

import org.jspecify.annotations.NullMarked;
