package com.targetbot.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetbot.testkit.TestInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;

/**
 * The gateway tells the admin UI the agency's zone, the one setting every service follows: moved to Los Angeles,
 * the session is told so, and the OpenAPI document says what the field is for.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "targetbot.agency.zone=America/Los_Angeles")
@ActiveProfiles("test")
@Import({TestInfrastructure.class, StubServicesConfiguration.class})
class AgencyZoneIT {

    @LocalServerPort
    int port;

    @Test
    void theSignedInAdminIsToldTheAgencysZone() {
        var browser = new Browser(TestClients.gateway(port));

        var login = browser.login("admin", GatewayIntegration.ADMIN_PASSWORD);

        assertThat(login.getStatus()).isEqualTo(HttpStatus.OK);
        assertThat(Browser.json(login).path("agencyZone").stringValue()).isEqualTo("America/Los_Angeles");
        assertThat(Browser.json(browser.get("/api/auth/me")).path("agencyZone").stringValue())
                .isEqualTo("America/Los_Angeles");
    }

    @Test
    void theOpenApiDocumentDescribesTheZoneTheAdminUiIsGiven() {
        var document = Browser.json(new Browser(TestClients.gateway(port)).get("/api/docs/openapi.json"));

        assertThat(document.at("/components/schemas/CurrentUser/properties/agencyZone/description")
                        .stringValue())
                .contains("targetbot.agency.zone");
    }
}
