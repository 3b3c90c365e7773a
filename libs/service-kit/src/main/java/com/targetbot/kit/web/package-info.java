/** RFC 9457 problem+json for the servlet services: one mapping of exceptions to problem details. */
@NullMarked
package com.targetbot.kit.web;

import org.jspecify.annotations.NullMarked;
