/**
 * The chart of a sheet (the averages by unit on `Tổng hợp`) as the DrawingML
 * parts Excel writes for one: the sheet points at a drawing, the drawing
 * anchors a frame to cells and points at the chart, the chart is a clustered
 * bar chart whose series reads the table's cells. exceljs cannot write
 * charts, so `write-workbook.ts` adds these parts beside its own, like the
 * table parts. Pure string building, no exceljs.
 *
 * The chart holds formulas to the cells (`'Tổng hợp'!$C$6:$C$16`) and a
 * cache of their values, so a reader that does not recalculate still draws
 * it; Excel and LibreOffice redraw it from the cells.
 */
import { columnLetters } from "../core/model/address";
import { chartPoints, quoteSheetName, type ChartPlacement } from "../workbook/ports/sink";
import { ooxmlEscape, xmlText, XML_HEAD } from "./write-xml";

export const DRAWING_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const CHART_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
const CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/main";
const SHEET_DRAWING_NS = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** Any two distinct numbers: they only pair each axis with the other. */
const CATEGORY_AXIS_ID = 507_001;
const VALUE_AXIS_ID = 507_002;
const BAR_COLOUR = "4472C4";

export interface ChartData {
  readonly place: ChartPlacement;
  /** The sheet's name as written (a reference needs the real one). */
  readonly sheetName: string;
  /** The value column's header: the series' name. */
  readonly seriesName: string;
  /** Number format of the values (the table column's, e.g. `0.00`). */
  readonly numberFormat: string;
}

/** `xl/charts/chartN.xml`: one series, the value column against the category column, first row on top. */
export function chartXml(data: ChartData): string {
  const { place, sheetName, seriesName, numberFormat } = data;
  const { chart, main } = place;
  const sheet = quoteSheetName(sheetName);
  const column = (c: number, from: number, to: number) => `${sheet}!$${columnLetters(c)}$${from}:$${columnLetters(c)}$${to}`;
  const count = main.lastDataRow - main.firstDataRow + 1;
  const points = chartPoints(main.table, chart);
  const texts = points.flatMap((p, i) => (p.label === "" ? [] : [point(i, p.label)]));
  const numbers = points.flatMap((p, i) => (p.value === null ? [] : [point(i, String(p.value))]));
  const format = xmlText(numberFormat);
  return (
    XML_HEAD +
    `<c:chartSpace xmlns:c="${CHART_NS}" xmlns:a="${DRAWING_NS}" xmlns:r="${REL_NS}">` +
    '<c:roundedCorners val="0"/>' +
    "<c:chart>" +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1200" b="1"/></a:pPr><a:r><a:rPr sz="1200" b="1"/><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:autoTitleDeleted val="0"/>' +
    "<c:plotArea><c:layout/>" +
    '<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>' +
    '<c:ser><c:idx val="0"/><c:order val="0"/>' +
    `<c:tx><c:strRef><c:f>${xmlText(`${sheet}!$${columnLetters(chart.valueColumn)}$${main.headerRow}`)}</c:f>` +
    `<c:strCache><c:ptCount val="1"/>${point(0, seriesName)}</c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="${BAR_COLOUR}"/></a:solidFill></c:spPr>` +
    '<c:invertIfNegative val="0"/>' +
    `<c:dLbls><c:numFmt formatCode="${format}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
    `<c:cat><c:strRef><c:f>${xmlText(column(chart.categoryColumn, main.firstDataRow, main.lastDataRow))}</c:f>` +
    `<c:strCache><c:ptCount val="${count}"/>${texts.join("")}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${xmlText(column(chart.valueColumn, main.firstDataRow, main.lastDataRow))}</c:f>` +
    `<c:numCache><c:formatCode>${format}</c:formatCode><c:ptCount val="${count}"/>${numbers.join("")}</c:numCache></c:numRef></c:val>` +
    "</c:ser>" +
    `<c:gapWidth val="60"/><c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>` +
    "</c:barChart>" +
    // Bars are drawn bottom-up: the category axis runs max → min so the first row (rank 1) is on top, as in the table.
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    '<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>' +
    `<c:crossAx val="${VALUE_AXIS_ID}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="t"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${format}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="${CATEGORY_AXIS_ID}"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    "</c:plotArea>" +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>' +
    "</c:chart>" +
    "</c:chartSpace>"
  );
}

/** A cached point: the text as a cell would hold it. */
function point(index: number, text: string): string {
  return `<c:pt idx="${index}"><c:v>${xmlText(ooxmlEscape(text))}</c:v></c:pt>`;
}

/** `xl/drawings/drawingN.xml`: the frame that holds the chart, anchored to the cells of `place`, moving with them. */
export function drawingXml(place: ChartPlacement, chartRelId: string, frameName: string): string {
  const corner = (tag: string, column: number, row: number) =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    XML_HEAD +
    `<xdr:wsDr xmlns:xdr="${SHEET_DRAWING_NS}" xmlns:a="${DRAWING_NS}">` +
    '<xdr:twoCellAnchor editAs="oneCell">' +
    corner("from", place.fromColumn, place.fromRow) +
    // The `to` corner is the top-left of the cell after the last one the chart covers.
    corner("to", place.toColumn + 1, place.toRow + 1) +
    '<xdr:graphicFrame macro="">' +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xmlText(frameName)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="${CHART_NS}"><c:chart xmlns:c="${CHART_NS}" xmlns:r="${REL_NS}" r:id="${chartRelId}"/></a:graphicData></a:graphic>` +
    "</xdr:graphicFrame>" +
    "<xdr:clientData/>" +
    "</xdr:twoCellAnchor>" +
    "</xdr:wsDr>"
  );
}

/** The drawing's relationship id of its chart, in `drawingRelsXml`. */
export const DRAWING_CHART_REL_ID = "rId1";

/** `xl/drawings/_rels/drawingN.xml.rels`: the drawing's one chart. */
export function drawingRelsXml(chartFile: string): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="${DRAWING_CHART_REL_ID}" Type="${CHART_REL_TYPE}" Target="../charts/${chartFile}"/>` +
    "</Relationships>"
  );
}

/** The worksheet's `<drawing>` element (after its page setup, before `<tableParts>`). */
export function drawingElementXml(relId: string | null): string {
  return relId === null ? "" : `<drawing r:id="${relId}"/>`;
}
