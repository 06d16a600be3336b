-- The kiosks' places are now a count (legalServices.kioskPlaces): an installation's own wording of the section
-- written for the place names reads "在N个地点设置…".
UPDATE report_section_template
   SET body = REPLACE(body, '在{legalServices.kioskPlaces}设置', '在{legalServices.kioskPlaces}个地点设置')
 WHERE body LIKE '%在{legalServices.kioskPlaces}设置%';
