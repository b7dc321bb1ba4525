package org.hsctdata.fhir.bulk;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code _typeFilter} values of a bulk export (Bulk Data Access 2.0): each a comma-separated list of
 * {@code [type]?[query]}.
 *
 * <p>HAPI 8.8.0 splits them before a type of one capital and lower-case letters only
 * ({@code BulkExportJobParametersBuilder.FARM_TO_TABLE_TYPE_FILTER_REGEX}), so in
 * {@code Observation?category=laboratory,MedicationAdministration?status=completed} the second filter stayed inside
 * the first one's value; {@link BulkExportGuard} replaces HAPI's split with this one. Canary:
 * {@code TypeFiltersTests#hapiKeepsAFilterOfACamelCaseTypeInsideThePreviousOne}.
 */
public final class TypeFilters {

	private static final Pattern SEPARATOR = Pattern.compile(",(?=[A-Z][A-Za-z]*\\?)");

	private TypeFilters() {}

	/** The filters of one {@code _typeFilter} value, in order, blanks left out. */
	public static List<String> split(String value) {
		return Arrays.stream(SEPARATOR.split(value))
				.filter(filter -> !filter.isBlank())
				.toList();
	}
}
