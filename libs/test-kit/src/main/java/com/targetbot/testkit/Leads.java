package com.targetbot.testkit;

import com.targetbot.events.leads.Attribution;
import com.targetbot.events.leads.Contact;
import com.targetbot.events.leads.CreateLead;
import com.targetbot.events.leads.LeadCreated;
import com.targetbot.events.leads.LeadSource;
import com.targetbot.events.leads.LeadStatus;
import com.targetbot.events.leads.MetaAd;
import com.targetbot.events.leads.Utm;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Builders for the lead contract's records, so a test names only what it is about:
 * {@code Leads.createLead().name("Анна").phone("+79991234567").build()}. Defaults: a fresh UUID, a Russian
 * contact with a phone and no e-mail, source {@code api}, no attribution, status {@code new}, a time from
 * {@link DistinctInstants} and an API key as the requester.
 */
public final class Leads {

    private Leads() {}

    /** A {@link CreateLead} as the gateway would publish it. */
    public static Builder<CreateLead> createLead() {
        return new Builder<>(lead -> new CreateLead(
                lead.leadId, lead.contact(), lead.comment, lead.source, lead.attribution, lead.at, lead.by));
    }

    /** A {@link LeadCreated} as leads-service would announce it. */
    public static Builder<LeadCreated> leadCreated() {
        return new Builder<>(lead -> new LeadCreated(
                lead.leadId,
                lead.contact(),
                lead.comment,
                lead.source,
                lead.attribution,
                lead.status,
                lead.at,
                lead.by,
                lead.duplicateOf,
                lead.number,
                lead.projectId));
    }

    /** One lead's values; {@link #build()} makes the record this builder was made for. */
    public static final class Builder<T> {

        private final Function<Builder<T>, T> finish;
        private String leadId = UUID.randomUUID().toString();
        private String name = "Анна Петрова";
        private @Nullable String phone = "+79991234567";
        private @Nullable String email;
        private @Nullable String comment;
        private LeadSource source = LeadSource.API;
        private Attribution attribution = Attribution.NONE;
        private LeadStatus status = LeadStatus.NEW;
        private Instant at = DistinctInstants.next();
        private String by = "api-key:tb_test";
        private @Nullable String duplicateOf;
        private @Nullable Long number;
        private @Nullable String projectId;

        private Builder(Function<Builder<T>, T> finish) {
            this.finish = finish;
        }

        public Builder<T> leadId(String leadId) {
            this.leadId = leadId;
            return this;
        }

        public Builder<T> name(String name) {
            this.name = name;
            return this;
        }

        public Builder<T> phone(@Nullable String phone) {
            this.phone = phone;
            return this;
        }

        public Builder<T> email(@Nullable String email) {
            this.email = email;
            return this;
        }

        public Builder<T> comment(@Nullable String comment) {
            this.comment = comment;
            return this;
        }

        public Builder<T> source(LeadSource source) {
            this.source = source;
            return this;
        }

        public Builder<T> utm(Utm utm) {
            this.attribution = new Attribution(utm, attribution.meta());
            return this;
        }

        public Builder<T> meta(MetaAd meta) {
            this.attribution = new Attribution(attribution.utm(), meta);
            return this;
        }

        /** Status at creation; only {@link LeadCreated} carries one. */
        public Builder<T> status(LeadStatus status) {
            this.status = status;
            return this;
        }

        /** {@code requestedAt} of a command, {@code createdAt} of an event. */
        public Builder<T> at(Instant at) {
            this.at = at;
            return this;
        }

        /** {@code requestedBy} of a command, {@code createdBy} of an event. */
        public Builder<T> by(String by) {
            this.by = by;
            return this;
        }

        /** Only {@link LeadCreated} carries it. */
        public Builder<T> duplicateOf(@Nullable String duplicateOf) {
            this.duplicateOf = duplicateOf;
            return this;
        }

        /** Only {@link LeadCreated} carries it. */
        public Builder<T> number(long number) {
            this.number = number;
            return this;
        }

        /** Only {@link LeadCreated} carries it. */
        public Builder<T> projectId(@Nullable String projectId) {
            this.projectId = projectId;
            return this;
        }

        public T build() {
            return finish.apply(this);
        }

        private Contact contact() {
            return new Contact(name, phone, email);
        }
    }
}
