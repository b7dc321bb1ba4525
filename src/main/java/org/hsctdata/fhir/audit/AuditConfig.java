package org.hsctdata.fhir.audit;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import javax.sql.DataSource;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.hsctdata.fhir.server.FhirServerConfig.OwnResourceProvider;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;

/**
 * The audit trail: always on, with or without authentication, in its own tables ({@link AuditStore}). Off in the
 * {@code plain} profile, the benchmark's baseline (HAPI's JPA server without our features).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class AuditConfig {

	/**
	 * Its tables are created here, after HAPI's schema migration and so while the server holds the start-up lock
	 * (which the JPA configuration takes before the migration and lets go once the context has started). Without that
	 * order, two servers starting together on one PostgreSQL database could both run {@code CREATE TABLE IF NOT
	 * EXISTS}, which PostgreSQL does not make safe against a concurrent create (one failed with a unique violation in
	 * {@code pg_type}, in {@code SharedDatabaseIT}).
	 */
	@Bean
	@DependsOn("schemaMigration")
	AuditStore auditStore(DataSource dataSource, FhirContext fhirContext) {
		AuditStore store = new AuditStore(dataSource, fhirContext);
		store.createSchema();
		return store;
	}

	@Bean
	AuditTrailExport auditTrailExport(AuditStore store) {
		return new AuditTrailExport(store);
	}

	@Bean
	AuditRepository auditRepository(AuditStore store) {
		return new AuditRepository(store);
	}

	/** The AuditEvent endpoint, in place of HAPI's JPA provider for the type. */
	@Bean
	OwnResourceProvider auditTrailProvider(
			AuditStore store, IInterceptorService storageInterceptors, HsctServerProperties properties) {
		return new OwnResourceProvider(new AuditTrailProvider(store, storageInterceptors, properties));
	}

	/** Reads, searches, writes and 403 refusals of the FHIR endpoint. */
	@Bean
	Interceptor auditTrail(AuditRepository repository) {
		return new Interceptor(RequestPipeline.AUDIT_TRAIL, new AuditTrailInterceptor(repository));
	}

	/** 401 refusals, which Spring Security answers before HAPI sees the request: this filter wraps it. */
	@Bean
	FilterRegistrationBean<DeniedRequestFilter> deniedRequestFilter(AuditRepository repository) {
		FilterRegistrationBean<DeniedRequestFilter> registration =
				new FilterRegistrationBean<>(new DeniedRequestFilter(repository));
		registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
		return registration;
	}

	/**
	 * A storage step, so that it sees every write to HAPI's store, also transaction entries and the
	 * {@code $meta-add} and {@code $meta-delete} operations, which the REST server's interceptors do not see.
	 */
	@Bean
	Interceptor appendOnlyAuditTrail() {
		return new Interceptor(RequestPipeline.APPEND_ONLY_AUDIT_TRAIL, new AppendOnlyAuditTrail());
	}

	/** What the CapabilityStatement says of AuditEvent: read and searched, never written. */
	@Bean
	Interceptor auditTrailCapabilities() {
		return new Interceptor(RequestPipeline.AUDIT_TRAIL_CAPABILITIES, new AuditTrailCapabilities());
	}
}
