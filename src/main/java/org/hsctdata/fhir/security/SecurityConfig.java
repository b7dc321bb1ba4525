package org.hsctdata.fhir.security;

import static org.springframework.security.web.util.matcher.AntPathRequestMatcher.antMatcher;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.context.FhirContext;
import jakarta.servlet.DispatcherType;
import java.io.IOException;
import org.hsctdata.fhir.rest.IssueCode;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.hsctdata.fhir.server.FhirServerConfig;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.cors.CorsConfiguration;

/**
 * Security of the HTTP interface. Without {@code hsct.security.issuer}: no authentication, loopback only. With it:
 * Spring Security verifies the bearer token of every request except the public paths, and HAPI's authorization
 * interceptor applies the token's SMART scopes to each FHIR interaction.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {

	/** The SMART discovery document, under the FHIR base (where SMART clients look) and at the server root. */
	static final String SMART_CONFIGURATION = "/.well-known/smart-configuration";

	/** Paths anyone may call: the CapabilityStatement, SMART discovery, API documentation and health probes. */
	static final RequestMatcher[] PUBLIC_PATHS = {
		antMatcher(HttpMethod.GET, FhirServerConfig.FHIR_PATH + "/metadata"),
		antMatcher(HttpMethod.GET, FhirServerConfig.FHIR_PATH + SMART_CONFIGURATION),
		antMatcher(HttpMethod.GET, SMART_CONFIGURATION),
		antMatcher(HttpMethod.GET, FhirServerConfig.FHIR_PATH + "/swagger-ui/**"),
		antMatcher(HttpMethod.GET, FhirServerConfig.FHIR_PATH + "/api-docs"),
		antMatcher(HttpMethod.GET, "/actuator/health/**"),
		// the pages and the published example case: they hold no patient data of their own, and the timeline reads
		// the patient's data through /fhir, where the caller's token applies
		antMatcher(HttpMethod.GET, "/"),
		antMatcher(HttpMethod.GET, "/index.html"),
		antMatcher(HttpMethod.GET, "/timeline.html"),
		antMatcher(HttpMethod.GET, "/timeline/**"),
		antMatcher(HttpMethod.GET, "/profiles"),
		antMatcher(HttpMethod.GET, "/examples/**"),
		antMatcher(HttpMethod.GET, "/css/**"),
		antMatcher(HttpMethod.GET, "/js/**"),
		antMatcher(HttpMethod.GET, "/vendor/**"),
		// CORS preflight requests carry no credentials; HAPI's CORS interceptor answers them.
		antMatcher(HttpMethod.OPTIONS, FhirServerConfig.FHIR_PATH + "/**")
	};

	/** Where an unsecured server may listen ({@link BindingPolicy}). */
	@Bean
	LoopbackGuard loopbackGuard(ServerProperties server, HsctServerProperties properties) {
		return new LoopbackGuard(server, properties);
	}

	/**
	 * Spring Security's firewall refuses URLs with encoded slashes, path parameters and the like before anything
	 * else sees them; the answer is a 400 OperationOutcome like every other refusal.
	 */
	@Bean
	RequestRejectedHandler requestRejectedHandler(FhirContext fhirContext) {
		return (request, response, rejected) -> IssueCode.REQUEST_MALFORMED.respond(
				response, fhirContext, "the request URL is refused: " + rejected.getMessage());
	}

	/** No authentication: every request is let through (the server listens on loopback only). */
	@Configuration(proxyBeanMethods = false)
	@Conditional(SecurityMode.Open.class)
	static class Open {

		@Bean
		SecurityFilterChain openAccess(HttpSecurity http) throws Exception {
			return stateless(http)
					.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
					.build();
		}
	}

	/** Bearer tokens from the configured issuer, with SMART on FHIR scopes. */
	@Configuration(proxyBeanMethods = false)
	@Conditional(SecurityMode.Secured.class)
	static class Secured {

		@Bean
		JwtDecoder jwtDecoder(HsctServerProperties properties, ResourceLoader resources) {
			return TokenDecoders.create(properties.security(), resources);
		}

		/**
		 * Refusals (401) come from here rather than HAPI, so they get the CORS headers here too: a browser app must be
		 * able to read that its token expired.
		 */
		@Bean
		SecurityFilterChain tokenRequired(
				HttpSecurity http, JwtDecoder decoder, FhirContext fhirContext, CorsConfiguration cors)
				throws Exception {
			OperationOutcomeEntryPoint entryPoint = new OperationOutcomeEntryPoint(fhirContext);
			return stateless(http)
					.cors(browsers -> browsers.configurationSource(request -> cors))
					.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR)
							.permitAll()
							.requestMatchers(PUBLIC_PATHS)
							.permitAll()
							.anyRequest()
							.authenticated())
					.oauth2ResourceServer(
							oauth2 -> oauth2.jwt(jwt -> jwt.decoder(decoder)).authenticationEntryPoint(entryPoint))
					.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint))
					.build();
		}

		/** The token's SMART scopes, applied by HAPI to every FHIR interaction. */
		@Bean
		Interceptor smartAuthorization() {
			return new Interceptor(RequestPipeline.SMART_AUTHORIZATION, new SmartAuthorizationInterceptor());
		}

		@Bean
		Interceptor bulkExportScopes(IJobCoordinator jobs) {
			return new Interceptor(RequestPipeline.BULK_EXPORT_SCOPES, new BulkExportScopes(jobs));
		}

		@Bean
		Interceptor smartSearchNarrowing() {
			return new Interceptor(RequestPipeline.SMART_SEARCH_NARROWING, new SmartSearchNarrowingInterceptor());
		}

		@Bean
		Interceptor capabilityStatementSecurity(HsctServerProperties properties) {
			return new Interceptor(
					RequestPipeline.CAPABILITY_STATEMENT_SECURITY, new CapabilityStatementSecurity(properties));
		}

		@Bean
		ServletRegistrationBean<SmartConfigurationServlet> smartConfiguration(HsctServerProperties properties)
				throws IOException {
			ServletRegistrationBean<SmartConfigurationServlet> registration = new ServletRegistrationBean<>(
					new SmartConfigurationServlet(properties.security()),
					FhirServerConfig.FHIR_PATH + SMART_CONFIGURATION,
					SMART_CONFIGURATION);
			registration.setName("smartConfiguration");
			return registration;
		}
	}

	/** No sessions, no CSRF tokens: every request carries its own credentials (or none). */
	private static HttpSecurity stateless(HttpSecurity http) throws Exception {
		return http.csrf(AbstractHttpConfigurer::disable)
				.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
	}
}
