package org.hsctdata.fhir.audit;

import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.search.cache.ISearchCacheSvc;
import jakarta.persistence.EntityManagerFactory;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.orm.jpa.SharedEntityManagerCreator;

/**
 * The audit trail: always on, with or without authentication. Off in the {@code plain} profile, the benchmark's
 * baseline (HAPI's JPA server without our features).
 */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class AuditConfig {

	@Bean
	AuditRepository auditRepository(DaoRegistry daos) {
		return new AuditRepository(daos);
	}

	/** Reads, searches, writes and 403 refusals of the FHIR endpoint. */
	@Bean
	Interceptor auditTrail(AuditRepository repository, ISearchCacheSvc searches) {
		return new Interceptor(RequestPipeline.AUDIT_TRAIL, new AuditTrailInterceptor(repository, searches));
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
	 * A storage step, so that it sees every write to storage, also the {@code $meta-add} and {@code $meta-delete}
	 * operations, which the REST server's interceptors do not see.
	 */
	@Bean
	Interceptor appendOnlyAuditTrail() {
		return new Interceptor(RequestPipeline.APPEND_ONLY_AUDIT_TRAIL, new AppendOnlyAuditTrail());
	}

	/** A storage step: the JPA interceptor service may change a search before it runs. */
	@Bean
	Interceptor auditTrailOutOfEverything() {
		return new Interceptor(RequestPipeline.AUDIT_TRAIL_OUT_OF_EVERYTHING, new AuditTrailOutOfEverything());
	}

	/** What the CapabilityStatement says of AuditEvent: read and searched, never written. */
	@Bean
	Interceptor auditTrailCapabilities() {
		return new Interceptor(RequestPipeline.AUDIT_TRAIL_CAPABILITIES, new AuditTrailCapabilities());
	}

	@Bean
	Interceptor auditTrailReferences(EntityManagerFactory entityManagers) {
		return new Interceptor(
				RequestPipeline.AUDIT_TRAIL_REFERENCES,
				new AuditTrailReferences(SharedEntityManagerCreator.createSharedEntityManager(entityManagers)));
	}
}
