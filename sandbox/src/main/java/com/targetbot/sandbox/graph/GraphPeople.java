package com.targetbot.sandbox.graph;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The made-up people who can log in to the sandbox's Facebook, each with a long-lived token of their own, and one
 * Business Manager system user whose token is pasted rather than made by a login. The first person sees the
 * {@link GraphCatalog}'s ad accounts; the others are agency staff without ad accounts of their own.
 */
@Component
class GraphPeople {

    /** Every permission TargetBot asks for; a login grants all of them unless the test or the person chooses less. */
    static final List<String> ALL_SCOPES = List.of(
            "ads_read",
            "ads_management",
            "leads_retrieval",
            "pages_show_list",
            "pages_manage_metadata",
            "pages_read_engagement",
            "business_management");

    private final List<Person> people;

    GraphPeople(GraphSandboxProperties properties) {
        this.people = List.of(
                new Person(GraphCatalog.USER_ID, GraphCatalog.USER_NAME, properties.accessToken(), Kind.USER, true),
                new Person("10000000000002", "Ольга Кузнецова", "sandbox-token-olga", Kind.USER, false),
                new Person("10000000000003", "Дмитрий Волков", "sandbox-token-dmitry", Kind.USER, false),
                new Person(
                        "10000000000900",
                        "TargetBot System User",
                        properties.systemUserToken(),
                        Kind.SYSTEM_USER,
                        false));
    }

    List<Person> all() {
        return people;
    }

    /** Those who can log in through the dialog (a system user has no Facebook login). */
    List<Person> loginable() {
        return people.stream().filter(person -> person.kind() == Kind.USER).toList();
    }

    /** The person the control calls without a person id act on, so older tests keep their meaning. */
    Person first() {
        return people.getFirst();
    }

    Optional<Person> byId(String id) {
        return people.stream().filter(person -> person.id().equals(id)).findFirst();
    }

    Person existing(String id) {
        return byId(id).orElseThrow(() -> GraphException.oauth(100, "(#100) Unknown sandbox person " + id));
    }

    enum Kind {
        USER,
        SYSTEM_USER
    }

    /**
     * @param id the app-scoped user id Graph reports
     * @param token the long-lived token a login (or, for a system user, Business Manager) issues
     * @param seesCatalog whether {@code /me/adaccounts} lists the catalog's ad accounts
     */
    record Person(String id, String name, String token, Kind kind, boolean seesCatalog) {

        @Override
        public String toString() {
            return "Person[" + id + ", " + name + "]";
        }
    }
}
