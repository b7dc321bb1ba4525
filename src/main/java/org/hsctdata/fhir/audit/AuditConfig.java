package org.hsctdata.fhir.audit;

import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.search.cache.ISearchCacheSvc;
import jakarta.persistence.EntityManagerFactory;
import org.hsctdata.fhir.server.ServerInterceptor;
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
	ServerInterceptor auditTrail(AuditRepository repository, ISearchCacheSvc searches) {
		return new ServerInterceptor(new AuditTrailInterceptor(repository, searches));
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
	 * On the JPA interceptor service, so that it sees every write to storage, also the {@code $meta-add} and
	 * {@code $meta-delete} operations, which the REST server's interceptors do not see.
	 */
	@Bean
	AppendOnlyAuditTrail appendOnlyAuditTrail(IInterceptorService interceptors) {
		AppendOnlyAuditTrail appendOnly = new AppendOnlyAuditTrail();
		interceptors.registerInterceptor(appendOnly);
		return appendOnly;
	}

	/** On the JPA interceptor service, which may change a search before it runs. */
	@Bean
	AuditTrailOutOfEverything auditTrailOutOfEverything(IInterceptorService interceptors) {
		AuditTrailOutOfEverything outOfEverything = new AuditTrailOutOfEverything();
		interceptors.registerInterceptor(outOfEverything);
		return outOfEverything;
	}

	/** What the CapabilityStatement says of AuditEvent: read and searched, never written. */
	@Bean
	ServerInterceptor auditTrailCapabilities() {
		return new ServerInterceptor(new AuditTrailCapabilities());
	}

	@Bean
	AuditTrailReferences auditTrailReferences(IInterceptorService interceptors, EntityManagerFactory entityManagers) {
		AuditTrailReferences references =
				new AuditTrailReferences(SharedEntityManagerCreator.createSharedEntityManager(entityManagers));
		interceptors.registerInterceptor(references);
		return references;
	}
}
