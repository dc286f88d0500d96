/**
 * A chart sheet (Excel's "Move Chart › New sheet"), which exceljs cannot
 * write: added to a workbook's package by hand. Leaders put a chart of the
 * averages on a sheet of its own; the engine must read the other sheets.
 */
import { strFromU8, strToU8, zipSync } from "fflate";
import { unzipOf } from "../../support/zip";

const NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const chartXml = (dataSheet: string, range: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS}">
<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'${dataSheet}'!${range}</c:f></c:numRef></c:val></c:ser>
<c:axId val="1"/><c:axId val="2"/></c:barChart>
<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>
</c:plotArea></c:chart></c:chartSpace>`;

const drawingXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">
<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="8666667" cy="6293556"/>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Biểu đồ 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>
<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS}" r:id="rId1"/></a:graphicData></a:graphic>
</xdr:graphicFrame><xdr:clientData/></xdr:absoluteAnchor></xdr:wsDr>`;

const chartsheetXml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<chartsheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${NS}">
<sheetPr/><sheetViews><sheetView workbookViewId="0"/></sheetViews><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><drawing r:id="rId1"/></chartsheet>`;

const rels = (type: string, target: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${NS}/${type}" Target="${target}"/></Relationships>`;

/** The workbook with a chart sheet named `name` inserted at `position` (0: first), charting `dataSheet!range`. */
export async function withChartSheet(bytes: Uint8Array, name: string, position: number, dataSheet: string, range: string): Promise<Buffer> {
  const parts = unzipOf(bytes);
  const zip = {
    file: (name: string, text: string) => parts.set(name, strToU8(text)),
    text: (name: string) => strFromU8(parts.get(name) as Uint8Array),
  };
  zip.file("xl/chartsheets/sheet99.xml", chartsheetXml);
  zip.file("xl/chartsheets/_rels/sheet99.xml.rels", rels("drawing", "../drawings/drawing99.xml"));
  zip.file("xl/drawings/drawing99.xml", drawingXml);
  zip.file("xl/drawings/_rels/drawing99.xml.rels", rels("chart", "../charts/chart99.xml"));
  zip.file("xl/charts/chart99.xml", chartXml(dataSheet, range));

  const types = zip.text("[Content_Types].xml");
  zip.file(
    "[Content_Types].xml",
    types.replace(
      "</Types>",
      '<Override PartName="/xl/chartsheets/sheet99.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.chartsheet+xml"/>' +
        '<Override PartName="/xl/drawings/drawing99.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>' +
        '<Override PartName="/xl/charts/chart99.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>',
    ),
  );
  const wbRels = zip.text("xl/_rels/workbook.xml.rels");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    wbRels.replace("</Relationships>", `<Relationship Id="rId99" Type="${NS}/chartsheet" Target="chartsheets/sheet99.xml"/></Relationships>`),
  );
  const workbook = zip.text("xl/workbook.xml");
  const sheets = [...workbook.matchAll(/<sheet [^>]*\/>/g)].map((m) => m[0]);
  const chart = `<sheet sheetId="99" name="${name}" r:id="rId99"/>`;
  sheets.splice(Math.min(position, sheets.length), 0, chart);
  zip.file("xl/workbook.xml", workbook.replace(/<sheets>.*<\/sheets>/s, `<sheets>${sheets.join("")}</sheets>`));
  return Buffer.from(zipSync(Object.fromEntries(parts)));
}
