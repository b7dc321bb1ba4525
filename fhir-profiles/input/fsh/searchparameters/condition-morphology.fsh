Instance: condition-morphology
InstanceOf: SearchParameter
Usage: #definition
* insert InstanceMetadata
* name = "Morphology"
* description = "Conditions (B-ALL Condition) by ICD-O-3 morphology, the `histology-morphology-behavior` extension (BAllMorphologyVS): 9811/3 B-ALL NOS and the genetic subtypes 9812/3 to 9819/3. Example: `Condition?morphology=http://terminology.hl7.org/CodeSystem/icd-o-3|9812/3` finds B-ALL with t(9;22) BCR::ABL1."
* code = #morphology
* base = #Condition
* type = #token
* expression = "Condition.extension('https://fhir.hsctdata.org/ig/ball-hsct/StructureDefinition/histology-morphology-behavior').value"
* xpathUsage = #normal
