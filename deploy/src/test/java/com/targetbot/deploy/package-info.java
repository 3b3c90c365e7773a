/**
 * Checks of the deployment descriptors (docker-compose.yml, k8s/) against the code they deploy: every test parses
 * the files as the tools would and compares them with what the services' sources and configuration say, so that a
 * renamed property, a moved port, a new call between services or a new topic fails the build instead of a rollout.
 */
@NullMarked
package com.targetbot.deploy;

import org.jspecify.annotations.NullMarked;
