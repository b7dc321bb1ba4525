package org.hsctdata.fhir.bulk;

import ca.uhn.fhir.batch2.api.IJobCoordinator;
import ca.uhn.fhir.batch2.api.IJobPersistence;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.searchparam.MatchUrlService;
import org.hsctdata.fhir.audit.AuditTrailExport;
import org.hsctdata.fhir.rest.RequestPipeline;
import org.hsctdata.fhir.rest.RequestPipeline.Interceptor;
import org.hsctdata.fhir.server.FhirServerConfig.OperationProvider;
import org.springframework.beans.factory.ObjectProvider;
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

	/** Ours rather than the one HAPI's JpaConfig declares (not registered by default); Spring injects HAPI's fields. */
	@Bean
	BulkExportProvider bulkExportProvider(
			IJobCoordinator jobs,
			IJobPersistence jobStore,
			DaoRegistry daos,
			FhirContext fhirContext,
			ObjectProvider<AuditTrailExport> auditTrail) {
		return new BulkExportProvider(jobs, jobStore, daos, fhirContext, auditTrail);
	}

	@Bean
	OperationProvider bulkExportOperations(BulkExportProvider provider) {
		return new OperationProvider(provider);
	}

	@Bean
	@Profile("!plain")
	Interceptor cohorts(DaoRegistry daos, MatchUrlService searches, FhirContext fhirContext) {
		return new Interceptor(RequestPipeline.COHORTS, new Cohorts(daos, searches, fhirContext));
	}

	@Bean
	@Profile("!plain")
	Interceptor bulkExportGuard(IJobCoordinator jobs) {
		return new Interceptor(RequestPipeline.BULK_EXPORT, new BulkExportGuard(jobs));
	}
}
