package org.hsctdata.fhir.validation;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.interceptor.api.IInterceptorService;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Our checks in HAPI's validation: registered on the JPA interceptor service, so every validation runs them. */
@Configuration(proxyBeanMethods = false)
class ValidationConfig {

	@Bean
	AbsoluteDoseInterceptor absoluteDoseInterceptor(
			FhirContext fhirContext, DaoRegistry daoRegistry, IInterceptorService interceptors) {
		AbsoluteDoseInterceptor interceptor = new AbsoluteDoseInterceptor(fhirContext, daoRegistry);
		interceptors.registerInterceptor(interceptor);
		return interceptor;
	}
}
