Profile: HsctGraft
Parent: BiologicallyDerivedProduct
Id: hsct-graft
Title: "HSCT Graft"
Description: "The haematopoietic stem cell product infused at one transplant, with any laboratory manipulation before infusion (for example ex vivo TCRαβ+ T-cell depletion). The donor is linked from the HSCT Procedure, because R4 collection.source cannot point to a RelatedPerson."
* insert ProfileMetadata
* productCategory 1..1 MS
* productCategory = #cells
* productCode MS
* productCode ^short = "Kind of product (e.g. peripheral blood stem cells, bone marrow), if known"
* status MS
* quantity MS
* processing MS
* processing ^short = "Laboratory processing before infusion"
* processing.procedure MS
* processing.procedure from GraftManipulationVS (extensible)
* processing.procedure ^short = "Ex vivo TCRαβ depletion | CD34 selection | CD45RA depletion"
* processing.time[x] MS
