package com.targetbot.sandbox.graph;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The test's side of Meta: the people who can log in, and a person's token aged or revoked (as a password change
 * does), or everyone started over with fresh tokens. The calls without a person act on the first person.
 */
@RestController
@RequestMapping("/sandbox/graph")
class GraphControlController {

    private final GraphToken token;
    private final GraphPeople people;

    GraphControlController(GraphToken token, GraphPeople people) {
        this.token = token;
        this.people = people;
    }

    /** Who exists: id, name, kind (USER or SYSTEM_USER) and the permissions their token carries now. */
    @GetMapping("/people")
    List<PersonView> people() {
        return people.all().stream()
                .map(person -> new PersonView(
                        person.id(),
                        person.name(),
                        person.kind().name(),
                        token.state(person).scopes()))
                .toList();
    }

    /** {@code {"expiresAt": "2026-12-01T00:00:00Z" | null (never), "valid": false}}; answers the token's state. */
    @PostMapping("/token")
    TokenState setToken(@RequestBody TokenState request) {
        return setToken(people.first().id(), request);
    }

    /** The same for one person's token. */
    @PostMapping("/people/{personId}/token")
    TokenState setToken(@PathVariable String personId, @RequestBody TokenState request) {
        return TokenState.of(token.set(people.existing(personId), request.expiresAt(), request.valid()));
    }

    /** Back to freshly issued tokens for everyone: valid, expiring in about 60 days, every permission. */
    @PostMapping("/reset")
    TokenState reset() {
        token.resetAll();
        return TokenState.of(token.state(people.first()));
    }

    record PersonView(String id, String name, String kind, List<String> scopes) {}

    record TokenState(@Nullable Instant expiresAt, boolean valid) {

        static TokenState of(GraphToken.State state) {
            return new TokenState(state.expiresAt(), state.valid());
        }
    }
}
