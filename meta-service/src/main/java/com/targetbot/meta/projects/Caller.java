package com.targetbot.meta.projects;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Who asks, as the gateway tells every service: {@code X-TargetBot-Principal} ({@code admin:<login>},
 * {@code api-key:<prefix>}) and {@code X-TargetBot-Role} for admin-UI sessions. A request without a principal comes
 * from another service inside the cluster (the bot reading a project's figures), which sees every project.
 *
 * @param principal the principal header, null for a service
 * @param role {@code admin}, {@code manager} or {@code viewer}; null for a service or an API key
 */
public record Caller(@Nullable String principal, @Nullable String role) {

    public static final String PRINCIPAL_HEADER = "X-TargetBot-Principal";
    public static final String ROLE_HEADER = "X-TargetBot-Role";
    private static final String ADMIN_PREFIX = "admin:";

    public static Caller of(@Nullable String principal, @Nullable String role) {
        return new Caller(
                principal == null || principal.isBlank() ? null : principal,
                role == null || role.isBlank() ? null : role.toLowerCase(Locale.ROOT));
    }

    boolean isService() {
        return principal == null;
    }

    boolean isAdmin() {
        return "admin".equals(role);
    }

    boolean isManager() {
        return "manager".equals(role);
    }

    /** The admin-UI login, for a session. */
    @Nullable String login() {
        return principal != null && principal.startsWith(ADMIN_PREFIX)
                ? principal.substring(ADMIN_PREFIX.length())
                : null;
    }

    /** Services, admins and viewers see every project; a manager sees the projects they run. */
    boolean maySee(ProjectRecord project) {
        if (isService() || isAdmin() || "viewer".equals(role)) {
            return true;
        }
        return isManager()
                && login() != null
                && login().equals(project.project().manager());
    }

    /** Admins change every project; a manager changes the projects they run. */
    public boolean mayChange(ProjectRecord project) {
        return isAdmin() || (isManager() && maySee(project));
    }

    /** Who made a change, as written into events. */
    public String changedBy() {
        return principal == null ? "service" : principal;
    }
}
