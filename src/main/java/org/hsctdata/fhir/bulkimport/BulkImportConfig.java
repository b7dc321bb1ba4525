package org.hsctdata.fhir.bulkimport;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.jpa.api.dao.DaoRegistry;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.rest.server.RestfulServer;
import javax.sql.DataSource;
import org.hl7.fhir.r4.model.Bundle;
import org.hsctdata.fhir.server.FhirServerConfig.OperationProvider;
import org.hsctdata.fhir.server.HsctServerProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;
import org.springframework.context.annotation.Profile;

/** Bulk {@code $import} of NDJSON. Off in the {@code plain} profile (the benchmark's baseline). */
@Configuration(proxyBeanMethods = false)
@Profile("!plain")
class BulkImportConfig {

	/** Its tables, created after HAPI's schema migration, under the start-up lock, as the audit trail's are. */
	@Bean
	@DependsOn("schemaMigration")
	ImportJobStore importJobStore(DataSource dataSource) {
		ImportJobStore store = new ImportJobStore(dataSource);
		store.createSchema();
		return store;
	}

	@Bean
	ImportJobs importJobs(
			ImportJobStore store,
			FhirContext fhirContext,
			DaoRegistry daos,
			IFhirSystemDao<Bundle, ?> systemDao,
			ObjectProvider<RestfulServer> server) {
		return new ImportJobs(store, fhirContext, daos, systemDao, server);
	}

	/**
	 * Named so as not to clash with HAPI's own {@code bulkImportProvider} bean (its {@code BulkDataImportProvider}, of
	 * {@code Batch2JobsConfig}), which is not registered on the endpoint: see docs/bulk-data.md.
	 */
	@Bean
	OperationProvider ndjsonImportOperations(
			ImportJobs jobs, FhirContext fhirContext, HsctServerProperties properties) {
		return new OperationProvider(
				new BulkImportProvider(jobs, fhirContext, properties.security().enabled()));
	}
}
