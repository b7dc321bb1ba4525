package org.hsctdata.fhir.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.hsctdata.fhir.server.HsctServerProperties;

/** Serves the SMART discovery document ({@link SmartConfiguration}) as JSON. */
final class SmartConfigurationServlet extends HttpServlet {

	private final transient byte[] document;

	SmartConfigurationServlet(HsctServerProperties.Security security) throws IOException {
		this.document = new ObjectMapper().writeValueAsBytes(SmartConfiguration.document(security));
	}

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setContentType("application/json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getOutputStream().write(document);
	}
}
