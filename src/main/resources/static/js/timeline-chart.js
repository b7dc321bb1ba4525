// Draws a timeline (see timeline-model.js) with Apache ECharts: one panel per group of laboratory series, then one
// grid of lanes for treatment and events, all on the same time axis, and the HSCT day-0 lines across every panel.
// Also writes the text alternative: an ARIA description of the chart and a data table of every point and item.

import * as echarts from '/vendor/echarts/echarts.esm.min.js';
import { escapeHtml } from './fhir.js';
import { PANELS } from './timeline-model.js';

// Colours with a contrast of at least 4.5:1 against white (WCAG AA for text, and so for the marks).
const SERIES_COLOURS = { alc: '#1f4e9e', cd3: '#9a4d00', blasts: '#b3261e', mrd: '#6a3d9a', chimerism: '#0f6b5c' };
const LANE_COLOURS = {
	protocols: '#3b5b92',
	chemotherapy: '#8a4b08',
	immunotherapy: '#6a3d9a',
	conditioning: '#a3123a',
	hsct: '#1a1a1a',
	gvhdProphylaxis: '#0f6b5c',
	stop: '#1a1a1a',
	diagnosis: '#333333',
	remission: '#1b7a38',
	relapse: '#b3261e',
	refractory: '#7b0d0d',
	improved: '#1b7a38',
	stable: '#555555',
	undetermined: '#555555',
	engraftment: '#0b6285',
	'graft-failure': '#7b0d0d',
	adverseEvents: '#9a4d00',
	gvhd: '#8e1f6a',
};
// Shapes as well as colours, so that no category is told by colour alone.
const SYMBOLS = {
	diagnosis: 'rect',
	remission: 'circle',
	improved: 'circle',
	relapse: 'triangle',
	refractory: 'diamond',
	stable: 'roundRect',
	undetermined: 'roundRect',
	engraftment: 'roundRect',
	'graft-failure': 'roundRect',
	adverseEvents: 'triangle',
	gvhd: 'diamond',
	hsct: 'diamond',
	stop: 'rect',
};

const LEFT = 210;
const RIGHT = 70;
const PANEL_HEIGHT = 120;
const PANEL_GAP = 56;
const ROW_HEIGHT = 26;
const MARKER_ROW_HEIGHT = 42;

/** Renders the chart into `container`; returns the ECharts instance. */
export function renderChart(container, timeline) {
	const layout = layOut(timeline);
	container.style.height = `${layout.height}px`;
	const chart = echarts.init(container, null, { renderer: 'canvas' });
	chart.setOption(option(timeline, layout));
	window.addEventListener('resize', () => chart.resize());
	return chart;
}

/** Where everything goes: the panels that have data, the lane rows, the time range. */
function layOut(timeline) {
	const span = Math.max(timeline.last - timeline.first, 30 * 86400000);
	const min = timeline.first - span * 0.03;
	const max = timeline.last + span * 0.03;
	const panels = PANELS.filter((panel) => timeline.series.some((s) => s.panel === panel.key && s.points.length));
	const lanes = timeline.lanes.filter((lane) => lane.items.length);

	// Rows within a lane, so that items that overlap in time do not hide each other. A point takes up room for
	// its label; a stop sits on the row of the drug it ends.
	const rows = [];
	const rowOf = new Map();
	const labelRoom = (max - min) * 0.04;
	for (const lane of lanes) {
		const ends = [];
		const first = rows.length;
		for (const item of lane.items) {
			if (lane.markers) {
				rowOf.set(item, first);
				continue;
			}
			if (item.kind === 'stop') continue;
			const itemEnd = (item.end ?? item.start) + labelRoom;
			let row = ends.findIndex((end) => end <= item.start);
			if (row < 0) {
				row = ends.length;
				ends.push(itemEnd);
			} else {
				ends[row] = itemEnd;
			}
			rowOf.set(item, first + row);
		}
		for (const item of lane.items.filter((i) => i.kind === 'stop')) {
			const drug = lane.items.find((other) => other.ref === item.parent && other.kind !== 'stop');
			rowOf.set(item, drug ? rowOf.get(drug) : first);
		}
		const count = lane.markers ? 1 : Math.max(ends.length, 1);
		for (let i = 0; i < count; i++) rows.push({ lane, label: i === 0 ? lane.name : '' });
	}

	let top = 48;
	const grids = panels.map((panel) => {
		const grid = { top, height: PANEL_HEIGHT, panel };
		top += PANEL_HEIGHT + PANEL_GAP;
		return grid;
	});
	const laneHeight = rows.reduce((sum, row) => sum + (row.lane.markers ? MARKER_ROW_HEIGHT : ROW_HEIGHT), 0);
	const laneGrid = rows.length ? { top, height: laneHeight } : null;
	if (laneGrid) top += laneHeight;
	return { min, max, panels: grids, lanes, rows, rowOf, laneGrid, height: top + 90 };
}

function option(timeline, layout) {
	const grids = [...layout.panels];
	if (layout.laneGrid) grids.push(layout.laneGrid);
	const xAxes = grids.map((_, i) => ({
		type: 'time',
		gridIndex: i,
		min: layout.min,
		max: layout.max,
		// A month names its year, so that a short time span still says when it was.
		axisLabel: { color: '#333333', hideOverlap: true, formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' } },
		axisLine: { lineStyle: { color: '#767676' } },
		splitLine: { show: i === grids.length - 1, lineStyle: { color: '#e6e6e6' } },
	}));
	const yAxes = [];
	const series = [];
	const titles = [];

	layout.panels.forEach((grid, gridIndex) => {
		titles.push({
			text: grid.panel.title,
			left: LEFT,
			top: grid.top - 26,
			textStyle: { fontSize: 13, fontWeight: 'bold', color: '#1a1a1a' },
		});
		const inPanel = timeline.series.filter((s) => s.panel === grid.panel.key && s.points.length);
		// Two units in one panel (10⁹/L and %): one axis each, left and right.
		const units = [...new Set(inPanel.map((s) => s.points.find((p) => !p.coded)?.unit ?? '%'))];
		const axisOf = new Map();
		units.forEach((unit, i) => {
			axisOf.set(unit, yAxes.length);
			yAxes.push({
				type: 'value',
				gridIndex,
				position: i === 0 ? 'left' : 'right',
				name: unit,
				nameLocation: 'middle',
				nameGap: 36,
				nameTextStyle: { color: '#333333' },
				min: 0,
				max: unit === '%' ? 100 : undefined,
				axisLabel: { color: '#333333' },
				splitLine: { show: i === 0, lineStyle: { color: '#e6e6e6' } },
			});
		});
		for (const s of inPanel) {
			const unit = s.points.find((p) => !p.coded)?.unit ?? '%';
			const colour = SERIES_COLOURS[s.key] ?? '#333333';
			series.push({
				id: s.key,
				name: s.name,
				type: 'line',
				xAxisIndex: gridIndex,
				yAxisIndex: axisOf.get(unit),
				symbol: 'circle',
				symbolSize: 10,
				color: colour,
				lineStyle: { width: 2 },
				data: s.points.map((p) => ({
					value: [p.t, p.y],
					tip: tip(s.name, p.coded ? p.text : `${p.text} ${p.unit}`.trim(), p.date, p.coded ? ['Coded result'] : []),
					// A coded result (e.g. "Not detected") is drawn hollow: a position, not a measured number.
					itemStyle: p.coded ? { color: '#ffffff', borderColor: colour, borderWidth: 2 } : undefined,
				})),
			});
		}
		for (const s of inPanel) {
			const unit = s.points.find((p) => !p.coded)?.unit ?? '%';
			const whiskers = s.points.filter((p) => p.until).map((p) => ({ value: [p.t, p.until, p.y], colour: SERIES_COLOURS[s.key] }));
			series.push(precisionWhiskers(`precision-${s.key}`, gridIndex, axisOf.get(unit), whiskers));
		}
		series.push(day0Lines(timeline, gridIndex, yAxes.length - 1, false));
	});

	if (layout.laneGrid) {
		const gridIndex = grids.length - 1;
		const yAxisIndex = yAxes.length;
		yAxes.push({
			type: 'category',
			gridIndex,
			inverse: true,
			data: layout.rows.map((row) => row.label),
			axisTick: { show: false },
			axisLine: { lineStyle: { color: '#767676' } },
			axisLabel: { color: '#1a1a1a', fontSize: 12, interval: 0 },
			splitArea: { show: true, areaStyle: { color: ['#ffffff', '#f5f7fa'] } },
		});
		const items = layout.lanes.flatMap((lane) => lane.items.map((item) => ({ lane, item })));
		const colour = (item) => LANE_COLOURS[item.category] ?? LANE_COLOURS[item.lane] ?? '#333333';
		const data = (item, value, extra) => ({
			value,
			lane: item.lane,
			what: item.label,
			when: item.date,
			tip: tip(item.label, null, item.date, item.details),
			...extra,
		});
		const periods = items.filter(({ item }) => item.kind === 'period');
		series.push({
			id: 'lane-periods',
			name: 'Treatment periods',
			type: 'custom',
			xAxisIndex: gridIndex,
			yAxisIndex,
			renderItem: periodRenderer(periods.map(({ item }) => item.label)),
			encode: { x: [0, 1], y: 2 },
			data: periods
				.map(({ item }) =>
					data(item, [item.start, item.end ?? layout.max, layout.rowOf.get(item)], {
						itemStyle: { color: colour(item) },
					}),
				),
		});
		series.push({
			id: 'lane-points',
			name: 'Treatment on a date',
			type: 'scatter',
			xAxisIndex: gridIndex,
			yAxisIndex,
			symbolSize: 12,
			labelLayout: { hideOverlap: true },
			data: items
				.filter(({ item }) => item.kind === 'point' || item.kind === 'stop')
				.map(({ item }) =>
					data(item, [item.start, layout.rowOf.get(item)], {
						symbol: SYMBOLS[item.kind === 'stop' ? 'stop' : item.lane] ?? 'circle',
						// A stop is a tick at the end of the drug's bar; its name is in the tooltip and the table.
						symbolSize: item.lane === 'hsct' ? 16 : item.kind === 'stop' ? [5, 18] : 11,
						itemStyle: { color: colour(item) },
						label: { show: item.kind !== 'stop', position: 'right', distance: 10, formatter: item.label, color: '#1a1a1a', fontSize: 11 },
					}),
				),
		});
		series.push({
			id: 'lane-markers',
			name: 'Events',
			type: 'scatter',
			xAxisIndex: gridIndex,
			yAxisIndex,
			labelLayout: { hideOverlap: true },
			data: items
				.filter(({ item }) => item.kind === 'marker')
				.map(({ item }) =>
					data(item, [item.start, layout.rowOf.get(item)], {
						symbol: SYMBOLS[item.category] ?? 'circle',
						symbolSize: 13,
						itemStyle: { color: colour(item) },
						label: { show: true, position: 'top', distance: 3, formatter: item.label, color: '#1a1a1a', fontSize: 11 },
					}),
				),
		});
		series.push(
			precisionWhiskers(
				'precision-lanes',
				gridIndex,
				yAxisIndex,
				items
					.filter(({ item }) => item.until && item.kind !== 'period')
					.map(({ item }) => ({ value: [item.start, item.until, layout.rowOf.get(item)], colour: colour(item) })),
			),
		);
		series.push(day0Lines(timeline, gridIndex, yAxisIndex, true));
	}

	return {
		animation: false,
		aria: { enabled: true, label: { description: describe(timeline) } },
		textStyle: { fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif' },
		title: titles,
		legend: {
			top: 4,
			left: LEFT,
			data: timeline.series.filter((s) => s.points.length).map((s) => s.name),
			textStyle: { color: '#1a1a1a' },
		},
		tooltip: {
			trigger: 'item',
			confine: true,
			className: 'timeline-tooltip',
			backgroundColor: '#ffffff',
			borderColor: '#767676',
			textStyle: { color: '#1a1a1a' },
			formatter: (params) => params.data?.tip ?? escapeHtml(params.name),
		},
		grid: grids.map((grid) => ({ left: LEFT, right: RIGHT, top: grid.top, height: grid.height })),
		xAxis: xAxes,
		yAxis: yAxes,
		dataZoom: [
			{ type: 'slider', xAxisIndex: xAxes.map((_, i) => i), bottom: 20, height: 24, labelFormatter: dateLabel, textStyle: { color: '#333333' } },
			{ type: 'inside', xAxisIndex: xAxes.map((_, i) => i), zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false },
		],
		series,
	};
}

/** Draws a period as a bar on its lane row, labelled inside when it fits and to its right otherwise. */
const periodRenderer = (captions) => (params, api) => {
	const row = api.value(2);
	const start = api.coord([api.value(0), row]);
	const end = api.coord([api.value(1), row]);
	const height = api.size([0, 1])[1] * 0.62;
	const shape = echarts.graphic.clipRectByRect(
		{ x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 3), height },
		{ x: params.coordSys.x, y: params.coordSys.y, width: params.coordSys.width, height: params.coordSys.height },
	);
	if (!shape) return null;
	const label = captions[params.dataIndex] ?? '';
	const inside = shape.width >= 70;
	return {
		type: 'group',
		children: [
			{ type: 'rect', shape, style: { fill: api.visual('color') } },
			{
				type: 'text',
				style: {
					x: inside ? shape.x + 5 : shape.x + shape.width + 5,
					y: shape.y + shape.height / 2,
					text: label,
					fill: inside ? '#ffffff' : '#1a1a1a',
					fontSize: 11,
					verticalAlign: 'middle',
					width: inside ? shape.width - 10 : 180,
					overflow: 'truncate',
				},
			},
		],
	};
};

/**
 * Thin lines from a point to the end of the interval its date names ('2019-05': to the end of May), so that a date
 * known only to the month or the year does not look exact.
 */
function precisionWhiskers(id, xAxisIndex, yAxisIndex, whiskers) {
	return {
		id,
		name: 'Date precision',
		type: 'custom',
		silent: true,
		z: 1,
		xAxisIndex,
		yAxisIndex,
		tooltip: { show: false },
		renderItem: (params, api) => {
			const from = api.coord([api.value(0), api.value(2)]);
			const to = api.coord([api.value(1), api.value(2)]);
			const colour = whiskers[params.dataIndex].colour;
			return {
				type: 'group',
				children: [
					{ type: 'line', shape: { x1: from[0], y1: from[1], x2: to[0], y2: to[1] }, style: { stroke: colour, lineWidth: 1.5 } },
					{ type: 'line', shape: { x1: to[0], y1: to[1] - 4, x2: to[0], y2: to[1] + 4 }, style: { stroke: colour, lineWidth: 1.5 } },
				],
			};
		},
		encode: { x: [0, 1], y: 2 },
		data: whiskers.map((w) => w.value),
	};
}

/** The HSCT day-0 lines of one grid. */
function day0Lines(timeline, xAxisIndex, yAxisIndex, labelled) {
	return {
		id: `day0-${xAxisIndex}`,
		name: 'HSCT day 0',
		type: 'line',
		xAxisIndex,
		yAxisIndex,
		data: [],
		markLine: {
			symbol: 'none',
			silent: false,
			lineStyle: { color: '#1a1a1a', type: 'dashed', width: 1.5 },
			label: { show: labelled, formatter: '{b}', color: '#1a1a1a', position: 'start', fontSize: 11 },
			data: timeline.transplants.map((t) => ({ xAxis: t.t, name: `${t.label} day 0`, tip: tip(`${t.label}, day 0`, null, t.date) })),
		},
	};
}

/** The HTML of a tooltip: what, value with unit, date, details. Every part is escaped. */
function tip(what, value, date, details = []) {
	const lines = [`<strong>${escapeHtml(what)}</strong>`];
	if (value) lines.push(`Value: ${escapeHtml(value)}`);
	lines.push(`Date: ${escapeHtml(date)}`);
	lines.push(...details.map(escapeHtml));
	return lines.join('<br>');
}

function dateLabel(value) {
	return new Date(value).toISOString().slice(0, 10);
}

/** A sentence per part of the chart, for screen readers (the table below has every value). */
export function describe(timeline) {
	const [from, to] = [timeline.first, timeline.last].map((t) => new Date(t).getUTCFullYear());
	const parts = [from === to ? `Case timeline of ${from}.` : `Case timeline from ${from} to ${to}.`];
	const drawn = timeline.series.filter((s) => s.points.length);
	if (drawn.length) {
		parts.push(`Laboratory results: ${drawn.map((s) => `${s.name}, ${s.points.length} ${s.points.length === 1 ? 'result' : 'results'}`).join('; ')}.`);
	}
	const lanes = timeline.lanes.filter((l) => l.items.length);
	if (lanes.length) {
		parts.push(`Lanes: ${lanes.map((l) => `${l.name}, ${l.items.length} ${l.items.length === 1 ? 'item' : 'items'}`).join('; ')}.`);
	}
	if (timeline.transplants.length) {
		parts.push(`Transplants (day 0): ${timeline.transplants.map((t) => `${t.label} on ${t.date}`).join(', ')}.`);
	}
	parts.push('The data table below the chart lists every result and item with its date.');
	return parts.join(' ');
}

/** Fills the data table: one row per series point and per lane item, in the order of the chart. */
export function fillTable(tbody, timeline) {
	const rows = [];
	for (const s of timeline.series) {
		for (const p of s.points) {
			rows.push({ kind: 'series', key: s.key, track: s.name, what: p.coded ? 'Coded result' : 'Result', date: p.date, value: p.text, unit: p.unit, details: p.ref });
		}
	}
	for (const lane of timeline.lanes) {
		for (const item of lane.items) {
			rows.push({ kind: lane.markers ? 'marker' : 'lane', key: lane.key, track: lane.name, what: item.label, date: item.date, value: '', unit: '', details: [...item.details, item.ref].join('; ') });
		}
	}
	for (const t of timeline.transplants) {
		rows.push({ kind: 'day0', key: 'hsct', track: 'HSCT day 0 line', what: t.label, date: t.date, value: '', unit: '', details: t.ref });
	}
	tbody.replaceChildren(
		...rows.map((row) => {
			const tr = document.createElement('tr');
			tr.dataset.kind = row.kind;
			tr.dataset.key = row.key;
			for (const [i, text] of [row.track, row.what, row.date, row.value, row.unit, row.details].entries()) {
				const cell = document.createElement(i === 0 ? 'th' : 'td');
				if (i === 0) cell.scope = 'row';
				cell.textContent = text;
				tr.append(cell);
			}
			return tr;
		}),
	);
	return rows.length;
}
