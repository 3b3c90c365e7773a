package com.targetbot.deploy;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which service calls which over HTTP, found in the code: a default URL on another service's port. */
final class Calls {

    private Calls() {}

    /** Caller to the services it calls, for every service (an empty set for one that calls none). */
    static Map<String, Set<String>> fromCode() {
        Map<Integer, String> byPort = new TreeMap<>();
        ServiceModule.SERVICES.forEach(
                name -> byPort.put(ServiceModule.read(name).port(), name));
        Map<String, Set<String>> calls = new TreeMap<>();
        for (String name : ServiceModule.SERVICES) {
            Set<String> callees = new TreeSet<>();
            ServiceModule.read(name).calledPorts().stream()
                    .filter(byPort::containsKey)
                    .forEach(port -> callees.add(byPort.get(port)));
            calls.put(name, callees);
        }
        return calls;
    }

    /** The callers of one service. */
    static Set<String> callersOf(String service) {
        Set<String> callers = new TreeSet<>();
        fromCode().forEach((caller, callees) -> {
            if (callees.contains(service)) {
                callers.add(caller);
            }
        });
        return callers;
    }
}
