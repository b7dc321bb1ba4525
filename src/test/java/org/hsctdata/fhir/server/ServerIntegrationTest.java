package org.hsctdata.fhir.server;

import ca.uhn.fhir.rest.client.api.IGenericClient;
import org.hsctdata.fhir.support.FhirClients;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of the tests that boot the server: the port it listens on and a FHIR client of it. Keep its annotations
 * as they are: every such test must share one Spring context.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public abstract class ServerIntegrationTest {

	@LocalServerPort
	protected int port;

	protected IGenericClient client;

	@BeforeEach
	void connectClient() {
		client = FhirClients.forPort(port);
	}
}
