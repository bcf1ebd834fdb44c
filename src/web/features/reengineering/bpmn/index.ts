export { type BpmnDiffSide, BpmnDiffView, type BpmnDiffViewProps } from './bpmn-diff-view.tsx';
export { BpmnModeler, type BpmnModelerProps } from './bpmn-modeler.tsx';
export { BpmnViewer, type BpmnViewerProps } from './bpmn-viewer.tsx';
export {
  addStage,
  clampEmotion,
  emptyJourney,
  emptyStage,
  journeyIsComplete,
  moveStage,
  removeStage,
  setEmotion,
  updateStage,
} from './cjm.logic.ts';
export type { CjmEmotion, CjmStage, CustomerJourney } from './cjm.types.ts';
export { CjmBoard, type CjmBoardProps } from './cjm-board.tsx';
export type { BpmnChangedElement, BpmnDiff, DiagramMarkers } from './diff-markers.ts';
