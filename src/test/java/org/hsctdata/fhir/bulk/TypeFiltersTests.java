package org.hsctdata.fhir.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.batch2.jobs.export.BulkExportJobParametersBuilder;
import ca.uhn.fhir.rest.api.server.bulk.BulkExportJobParameters;
import java.util.List;
import org.hl7.fhir.r4.model.StringType;
import org.junit.jupiter.api.Test;

/** Tests for {@link TypeFilters}, and the canary of HAPI's split that it replaces. */
class TypeFiltersTests {

	static final String TWO_FILTERS = "Observation?category=laboratory,MedicationAdministration?status=completed";

	@Test
	void splitsBeforeEveryTypeWithItsQuery() {
		assertThat(TypeFilters.split(TWO_FILTERS))
				.containsExactly("Observation?category=laboratory", "MedicationAdministration?status=completed");
	}

	@Test
	void keepsACommaInsideAQueryAsAnOrList() {
		assertThat(TypeFilters.split("Observation?code=1,2,Condition?clinical-status=active"))
				.containsExactly("Observation?code=1,2", "Condition?clinical-status=active");
	}

	@Test
	void aValueWithoutFiltersHasNone() {
		assertThat(TypeFilters.split("")).isEmpty();
	}

	/** Canary: when this fails, HAPI splits camel-case types itself and {@link BulkExportGuard} may stop doing it. */
	@Test
	void hapiKeepsAFilterOfACamelCaseTypeInsideThePreviousOne() {
		BulkExportJobParameters parameters = new BulkExportJobParametersBuilder()
				.filters(List.of(new StringType(TWO_FILTERS)))
				.build();

		assertThat(parameters.getFilters()).containsExactly(TWO_FILTERS);
	}

	@Test
	void theGuardReplacesHapisSplit() {
		BulkExportJobParameters parameters = new BulkExportJobParametersBuilder()
				.filters(List.of(new StringType(TWO_FILTERS)))
				.build();

		new BulkExportGuard(null).splitTypeFilters(parameters);

		assertThat(parameters.getFilters()).containsExactlyInAnyOrderElementsOf(TypeFilters.split(TWO_FILTERS));
	}
}
