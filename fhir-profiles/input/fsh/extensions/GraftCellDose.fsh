Extension: GraftCellDose
Id: graft-cell-dose
Title: "Graft Cell Dose"
Description: "One cell dose of the graft per kilogram of recipient body weight, as CIBMTR form 2006 and EBMT MED-A record it: total nucleated cells, CD34+ or CD3+ cells (and residual TCRαβ+ or CD19+ cells after depletion), in UCUM 10*n/kg. Repeat the extension for each population."
Context: BiologicallyDerivedProduct
* insert ProfileMetadata
* obeys ball-hsct-25
* extension contains
    cellType 1..1 MS and
    dose 1..1 MS
* extension[cellType] ^short = "TNC | CD34+ | CD3+ | TCRαβ+ | CD19+"
* extension[cellType].value[x] 1..1
* extension[cellType].value[x] only CodeableConcept
* extension[cellType].valueCodeableConcept from CellDoseTypeVS (extensible)
* extension[dose] ^short = "Cells per kg of recipient weight, e.g. 5.2 10*6/kg"
* extension[dose].value[x] 1..1
* extension[dose].value[x] only Quantity
* extension[dose].valueQuantity.value 1..1
* extension[dose].valueQuantity.system 1..1
* extension[dose].valueQuantity.system = $ucum (exactly)
* extension[dose].valueQuantity.code 1..1
* extension[dose].valueQuantity.code from CellDoseUnitsVS (required)
* value[x] 0..0
