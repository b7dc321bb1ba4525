package org.hsctdata.fhir.summary;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.ips.generator.IIpsGeneratorSvc;
import ca.uhn.fhir.jpa.ips.generator.IpsGeneratorSvcImpl;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.hsctdata.fhir.server.FhirServerConfig.OperationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The patient summary, {@code Patient/[id]/$summary}, and the correction of {@code Composition/[id]/$document}, HAPI's
 * JPA Composition provider's own operation. Off in the {@code plain} profile, the benchmark's baseline.
 */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class SummaryConfig {

	@Bean
	IIpsGeneratorSvc patientSummaryGenerator(DaoRegistry daos, FhirContext fhirContext) {
		return new IpsGeneratorSvcImpl(fhirContext, new TransplantSummaryStrategy(daos, fhirContext));
	}

	/** {@code Composition/[id]/$document}: a document FHIR accepts ({@link DocumentBundles}). */
	@Bean
	Interceptor documentBundles() {
		return new Interceptor(RequestPipeline.DOCUMENT_BUNDLE, new DocumentBundles());
	}

	@Bean
	OperationProvider patientSummaryOperation(IIpsGeneratorSvc patientSummaryGenerator) {
		return new OperationProvider(new PatientSummaryProvider(
				patientSummaryGenerator, "http://hl7.org/fhir/uv/ips/StructureDefinition/Bundle-uv-ips"));
	}
}
