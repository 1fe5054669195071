import '@xyflow/react/dist/style.css';
import { Graph, layout } from '@dagrejs/dagre';
import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import {
  BaseEdge,
  type Edge,
  EdgeLabelRenderer,
  type EdgeProps,
  Handle,
  type Node,
  type NodeProps,
  Position,
  ReactFlow,
} from '@xyflow/react';
import { useMemo } from 'react';
import { format, messages } from '../../i18n';
import { labelOf } from '../vocabulary/vocabulary';
import type { Rung, Step } from './ladder';

/**
 * The ladder drawn read-only, easiest at the top: dagre lays it out (leaving room for each edge's
 * label in the rank between its ends) and React Flow draws it at that size, never larger, so the
 * words stay as readable as the page's. Loaded lazily: xyflow and dagre stay out of the entry.
 */
const m = messages.progressions;
const NODE_WIDTH = 230;
/** About how many characters of a 14px bold name fit on one line of a node. */
const NAME_CHARS_PER_LINE = 24;
const LABEL_WIDTH = 210;
/** About how many characters of the 12px label text fit on one of its lines. */
const CHARS_PER_LINE = 27;

type RungNode = Node<{ rung: Rung }, 'rung'>;
type StepEdge = Edge<
  { changes: string; criterion: string; points: { x: number; y: number }[]; x: number; y: number },
  'step'
>;

function lines(text: string, perLine = CHARS_PER_LINE): number {
  return Math.max(1, Math.ceil(text.length / perLine));
}

/** A node's height: its name's lines, the difficulty line, and the current one's mark. */
function nodeHeight(rung: Rung): number {
  return (
    24 + 18 * Math.min(2, lines(rung.name, NAME_CHARS_PER_LINE)) + 26 + (rung.current ? 24 : 0)
  );
}

function criterionOf(step: Step): string {
  return step.criterion ? format(m.moveOn, { criterion: step.criterion }) : m.noCriterion;
}

/** Positions from dagre: nodes by their top-left corner, edges as the points they pass. */
function laidOut(rungs: Rung[], steps: Step[]) {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 36, edgesep: 16, marginx: 4, marginy: 4 });
  for (const rung of rungs) g.setNode(rung.id, { width: NODE_WIDTH, height: nodeHeight(rung) });
  const texts = new Map(
    steps.map((s) => [
      s.id,
      { changes: s.changes.map(labelOf).join(', '), criterion: criterionOf(s) },
    ]),
  );
  for (const step of steps) {
    const t = texts.get(step.id)!;
    const height = 14 + 16 * (lines(t.changes) + lines(t.criterion));
    g.setEdge(step.fromId, step.toId, { width: LABEL_WIDTH, height, labelpos: 'c' }, step.id);
  }
  layout(g);
  const nodes: RungNode[] = rungs.map((rung) => {
    const { x, y, height } = g.node(rung.id);
    return {
      id: rung.id,
      type: 'rung',
      position: { x: x - NODE_WIDTH / 2, y: y - height / 2 },
      data: { rung },
      width: NODE_WIDTH,
      height,
    };
  });
  const edges: StepEdge[] = steps.map((step) => {
    const e = g.edge(step.fromId, step.toId, step.id);
    return {
      id: step.id,
      type: 'step',
      source: step.fromId,
      target: step.toId,
      data: { ...texts.get(step.id)!, points: e.points ?? [], x: e.x ?? 0, y: e.y ?? 0 },
    };
  });
  const { width = 0, height = 0 } = g.graph();
  return { nodes, edges, width, height };
}

function RungView({ data: { rung }, height }: NodeProps<RungNode>) {
  return (
    <Paper
      withBorder
      p={8}
      w={NODE_WIDTH}
      h={height}
      radius="md"
      bg={rung.current ? 'var(--mantine-color-blue-0)' : 'white'}
      style={{
        borderColor: rung.current ? 'var(--mantine-color-blue-8)' : undefined,
        borderWidth: rung.current ? 3 : 1,
      }}
      data-testid="ladder-node"
      data-current={rung.current || undefined}
    >
      <Handle type="target" position={Position.Top} isConnectable={false} style={{ opacity: 0 }} />
      {rung.current && (
        <Badge size="sm" variant="filled" mb={4}>
          {m.current}
        </Badge>
      )}
      <Text fw={700} size="sm" lineClamp={2} lh={1.25}>
        {rung.current ? (
          rung.name
        ) : (
          <Anchor
            renderRoot={(props) => (
              <Link to="/exercises/$slug" params={{ slug: rung.slug }} {...props} />
            )}
            inherit
          >
            {rung.name}
          </Anchor>
        )}
      </Text>
      <Group gap={6} mt={6}>
        <Text size="xs">{format(m.difficulty, { n: rung.difficulty })}</Text>
        <Badge size="sm" variant="light" color={rung.status === 'PUBLISHED' ? 'green' : 'gray'}>
          {labelOf(rung.status)}
        </Badge>
      </Group>
      <Handle
        type="source"
        position={Position.Bottom}
        isConnectable={false}
        style={{ opacity: 0 }}
      />
    </Paper>
  );
}

/** The edge along dagre's points, its label where dagre left room for it. */
function StepView({ id, data, markerEnd }: EdgeProps<StepEdge>) {
  if (!data) return null;
  const [first, ...rest] = data.points;
  const path = first
    ? `M ${first.x} ${first.y} ${rest.map((p) => `L ${p.x} ${p.y}`).join(' ')}`
    : '';
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: '#495057' }} />
      <EdgeLabelRenderer>
        <Paper
          withBorder
          shadow="xs"
          px={8}
          py={4}
          w={LABEL_WIDTH}
          className="nodrag nopan"
          style={{
            position: 'absolute',
            transform: `translate(-50%, -50%) translate(${data.x}px, ${data.y}px)`,
          }}
          data-testid="ladder-edge-label"
        >
          <Text size="xs" fw={700} lh={1.35}>
            {data.changes}
          </Text>
          <Text size="xs" lh={1.35}>
            {data.criterion}
          </Text>
        </Paper>
      </EdgeLabelRenderer>
    </>
  );
}

const nodeTypes = { rung: RungView };
const edgeTypes = { step: StepView };

export default function LadderGraph({ rungs, steps }: { rungs: Rung[]; steps: Step[] }) {
  const { nodes, edges, height } = useMemo(() => laidOut(rungs, steps), [rungs, steps]);
  return (
    <div
      role="group"
      aria-label={m.graphLabel}
      style={{ height: height + 16, width: '100%' }}
      data-testid="ladder-graph"
    >
      <ReactFlow
        // A new rung or step lays the ladder out again, fitted anew.
        key={nodes.map((n) => n.id).join() + edges.map((e) => e.id).join()}
        nodes={nodes}
        edges={edges.map((e) => ({ ...e, markerEnd: { type: 'arrowclosed', color: '#495057' } }))}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={{ padding: 0.02, maxZoom: 1 }}
        minZoom={0.3}
        maxZoom={1}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        panOnDrag={false}
        panOnScroll={false}
        zoomOnScroll={false}
        zoomOnPinch={false}
        zoomOnDoubleClick={false}
        preventScrolling={false}
        // MIT-licensed; its credit link is pale grey on white, below AA contrast.
        proOptions={{ hideAttribution: true }}
      />
    </div>
  );
}
