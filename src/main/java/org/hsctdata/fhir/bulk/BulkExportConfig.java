package org.hsctdata.fhir.bulk;

import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.hsctdata.fhir.server.FhirServerConfig.OperationProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * Bulk Data {@code $export} (Bulk Data Access IG 2.0): HAPI's provider for the kick-off ({@code [base]/$export},
 * {@code Patient/$export}, {@code Patient/[id]/$export}, {@code Group/[id]/$export}) and the status endpoint
 * ({@code $export-poll-status}: {@code 202} while running, {@code 200} with the manifest, {@code DELETE} cancels).
 */
@Configuration(proxyBeanMethods = false)
class BulkExportConfig {

	/** HAPI's JpaConfig declares the provider (and injects the job coordinator); it is not registered by default. */
	@Bean
	OperationProvider bulkExportOperations(BulkDataExportProvider provider) {
		return new OperationProvider(provider);
	}

	@Bean
	@Profile("!plain")
	Interceptor bulkExportGuard() {
		return new Interceptor(RequestPipeline.BULK_EXPORT, new BulkExportGuard());
	}
}
