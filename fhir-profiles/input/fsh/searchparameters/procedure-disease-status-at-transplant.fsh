Instance: procedure-disease-status-at-transplant
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "DiseaseStatusAtTransplant"
* description = "Transplants (HSCT Procedure) by the disease status assessment at transplant, the `disease-status-at-transplant` extension (a Disease Status Observation). Chained on its components: `Procedure?disease-status-at-transplant.component-value-concept=https://fhir.hsctdata.org/ig/ball-hsct/CodeSystem/hsct-local-cs|cr2` finds transplants in second complete remission."
* code = #disease-status-at-transplant
* base = #Procedure
* type = #reference
* expression = "Procedure.extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/disease-status-at-transplant').value"
* xpathUsage = #normal
* target = #Observation
* chain = "component-value-concept"
