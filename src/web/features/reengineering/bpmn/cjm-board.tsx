import { Button, Input, Popconfirm } from 'antd';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import './cjm.css';
import { addStage, emotionAfterKey, moveStage, removeStage, setEmotion, updateStage } from './cjm.logic.ts';
import {
  type CjmEmotion,
  type CjmStage,
  type CustomerJourney,
  EMOTION_MAX,
  EMOTION_MIN,
} from './cjm.types.ts';

export interface CjmBoardProps {
  value: CustomerJourney;
  onChange?: (value: CustomerJourney) => void;
  /** Text only, no inputs (the public portal, a submitted version). */
  readOnly?: boolean;
  /** Names the board (a region) for screen readers; "Customer journey map" by default. */
  ariaLabel?: string;
}

type TextField = 'actions' | 'touchpoints' | 'painPoints';
const TEXT_ROWS: TextField[] = ['actions', 'touchpoints', 'painPoints'];

/** Geometry of the emotion curve (px): level v is drawn at y(v). */
const CURVE_HEIGHT = 128;
const CURVE_TOP = 14;
const CURVE_STEP = 25;
const levelY = (v: number) => CURVE_TOP + (EMOTION_MAX - v) * CURVE_STEP;
const LEVELS = [2, 1, 0, -1, -2];
/** The marks beside the curve (a typographic minus). */
const SCALE: Array<[number, string]> = [
  [2, '+2'],
  [0, '0'],
  [-2, '−2'],
];

const HEAD_WIDTH = 150;
const STAGE_MIN_WIDTH = 210;

/**
 * A customer journey map (R.32 item 5) drawn as a swimlane: one column per stage (a band of
 * arrows), rows for the client's actions, the touchpoints and the pain points, and an emotion
 * curve whose points are sliders (arrow keys, or the ▲/▼ buttons under each point).
 */
export function CjmBoard({ value, onChange, readOnly = false, ariaLabel }: CjmBoardProps) {
  const { t } = useTranslation('bpmn');
  const ids = useId();
  const editable = !readOnly && !!onChange;
  const stages = value.stages;
  const n = stages.length;
  const nameInputs = useRef(new Map<string, HTMLElement>());
  const addEndRef = useRef<HTMLButtonElement>(null);
  const [focusStage, setFocusStage] = useState<string | null>(null);
  const [focusAdd, setFocusAdd] = useState(false);

  // After adding a stage its name field gets focus; after removing one, the neighbour's (or "Add").
  useEffect(() => {
    if (focusStage) {
      nameInputs.current.get(focusStage)?.focus();
      setFocusStage(null);
    } else if (focusAdd) {
      addEndRef.current?.focus();
      setFocusAdd(false);
    }
  }, [focusStage, focusAdd]);

  const change = (next: CustomerJourney) => {
    if (next !== value) onChange?.(next);
  };

  const stageLabel = (s: CjmStage, i: number) => s.name.trim() || t('cjm.stageNumber', { n: i + 1 });

  const rowLabel = (f: TextField) => {
    switch (f) {
      case 'actions':
        return t('cjm.row.actions');
      case 'touchpoints':
        return t('cjm.row.touchpoints');
      default:
        return t('cjm.row.painPoints');
    }
  };

  const emotionLabel = (v: CjmEmotion) => {
    switch (v) {
      case -2:
        return t('cjm.emotion.veryNegative');
      case -1:
        return t('cjm.emotion.negative');
      case 1:
        return t('cjm.emotion.positive');
      case 2:
        return t('cjm.emotion.veryPositive');
      default:
        return t('cjm.emotion.neutral');
    }
  };

  const add = (afterId?: string) => {
    const next = addStage(value, afterId);
    const created = next.stages.find((s) => !stages.some((o) => o.id === s.id));
    change(next);
    if (created) setFocusStage(created.id);
  };

  const remove = (id: string) => {
    const i = stages.findIndex((s) => s.id === id);
    const neighbour = stages[i - 1] ?? stages[i + 1];
    change(removeStage(value, id));
    if (neighbour) setFocusStage(neighbour.id);
    else setFocusAdd(true);
  };

  const onPointKey = (e: KeyboardEvent, s: CjmStage) => {
    const next = emotionAfterKey(e.key, s.emotion);
    if (next === null) return;
    e.preventDefault();
    if (editable && next !== s.emotion) change(setEmotion(value, s.id, next));
  };

  const pct = (i: number) => `${((i + 0.5) / n) * 100}%`;
  const curveSummary = stages.map((s, i) => `${stageLabel(s, i)}: ${emotionLabel(s.emotion)}`).join('; ');

  return (
    <div className={`cjm${editable ? ' cjm-editable' : ' cjm-readonly'}`}>
      <div className="cjm-persona">
        {editable ? (
          <>
            <label className="cjm-persona-label" htmlFor={`${ids}-persona`}>
              {t('cjm.persona')}
            </label>
            <Input
              id={`${ids}-persona`}
              className="cjm-persona-input"
              value={value.persona}
              placeholder={t('cjm.personaPlaceholder')}
              onChange={(e) => change({ ...value, persona: e.target.value })}
            />
          </>
        ) : (
          <p className="cjm-persona-text">
            <span className="cjm-persona-label">{t('cjm.persona')}:</span>{' '}
            {value.persona.trim() || <span className="cjm-muted">{t('cjm.notFilled')}</span>}
          </p>
        )}
      </div>

      {n === 0 ? (
        <p className="cjm-empty">{t('cjm.empty')}</p>
      ) : (
        <section
          className="cjm-scroll"
          aria-label={ariaLabel ?? t('cjm.boardLabel')}
          tabIndex={editable ? undefined : 0}
        >
          <table className="cjm-table" style={{ minWidth: HEAD_WIDTH + n * STAGE_MIN_WIDTH }}>
            <colgroup>
              <col style={{ width: HEAD_WIDTH }} />
              {stages.map((s) => (
                <col key={s.id} />
              ))}
            </colgroup>
            <thead>
              <tr>
                <th scope="col" className="cjm-corner">
                  {t('cjm.stages')}
                </th>
                {stages.map((s, i) => (
                  <th
                    scope="col"
                    key={s.id}
                    className={`cjm-stage${i === 0 ? ' is-first' : ''}${i === n - 1 ? ' is-last' : ''}`}
                  >
                    <div className="cjm-band">
                      <span className="cjm-stage-no" aria-hidden="true">
                        {i + 1}
                      </span>
                      {editable ? (
                        <Input
                          ref={(el) => {
                            const input = el?.input;
                            if (input) nameInputs.current.set(s.id, input);
                            else nameInputs.current.delete(s.id);
                          }}
                          size="small"
                          variant="borderless"
                          className="cjm-stage-name-input"
                          value={s.name}
                          placeholder={t('cjm.stageNumber', { n: i + 1 })}
                          aria-label={t('cjm.stageName', { n: i + 1 })}
                          onChange={(e) => change(updateStage(value, s.id, { name: e.target.value }))}
                        />
                      ) : (
                        <span className="cjm-stage-name">{stageLabel(s, i)}</span>
                      )}
                    </div>
                    {editable && (
                      // biome-ignore lint/a11y/useSemanticElements: a group of buttons, not a form fieldset.
                      <div
                        className="cjm-stage-tools"
                        role="group"
                        aria-label={t('cjm.stageTools', { stage: stageLabel(s, i) })}
                      >
                        <Button
                          size="small"
                          type="text"
                          disabled={i === 0}
                          aria-label={t('cjm.moveLeft', { stage: stageLabel(s, i) })}
                          title={t('cjm.moveLeft', { stage: stageLabel(s, i) })}
                          onClick={() => change(moveStage(value, s.id, -1))}
                        >
                          <span aria-hidden="true">←</span>
                        </Button>
                        <Button
                          size="small"
                          type="text"
                          disabled={i === n - 1}
                          aria-label={t('cjm.moveRight', { stage: stageLabel(s, i) })}
                          title={t('cjm.moveRight', { stage: stageLabel(s, i) })}
                          onClick={() => change(moveStage(value, s.id, 1))}
                        >
                          <span aria-hidden="true">→</span>
                        </Button>
                        <Button
                          size="small"
                          type="text"
                          aria-label={t('cjm.addAfter', { stage: stageLabel(s, i) })}
                          title={t('cjm.addAfter', { stage: stageLabel(s, i) })}
                          onClick={() => add(s.id)}
                        >
                          <span aria-hidden="true">+</span>
                        </Button>
                        <Popconfirm
                          title={t('cjm.removeConfirm', { stage: stageLabel(s, i) })}
                          okText={t('cjm.remove')}
                          cancelText={t('cjm.cancel')}
                          okButtonProps={{ danger: true }}
                          onConfirm={() => remove(s.id)}
                        >
                          <Button
                            size="small"
                            type="text"
                            danger
                            aria-label={t('cjm.removeStage', { stage: stageLabel(s, i) })}
                            title={t('cjm.removeStage', { stage: stageLabel(s, i) })}
                          >
                            <span aria-hidden="true">✕</span>
                          </Button>
                        </Popconfirm>
                      </div>
                    )}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {TEXT_ROWS.map((field) => (
                <tr key={field} className={`cjm-row cjm-row-${field}`}>
                  <th scope="row" className="cjm-rowhead">
                    {rowLabel(field)}
                  </th>
                  {stages.map((s, i) => {
                    const text = s[field];
                    const pain = field === 'painPoints' && text.trim() !== '';
                    return (
                      <td key={s.id} className={`cjm-cell${pain ? ' has-pain' : ''}`}>
                        {editable ? (
                          <Input.TextArea
                            className="cjm-textarea"
                            value={text}
                            autoSize={{ minRows: 3, maxRows: 10 }}
                            aria-label={t('cjm.cellLabel', { row: rowLabel(field), stage: stageLabel(s, i) })}
                            onChange={(e) => change(updateStage(value, s.id, { [field]: e.target.value }))}
                          />
                        ) : text.trim() ? (
                          <div className="cjm-text">{text}</div>
                        ) : (
                          <>
                            <span className="cjm-muted" aria-hidden="true">
                              —
                            </span>
                            <span className="cjm-sr-only">{t('cjm.notFilled')}</span>
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr className="cjm-row cjm-row-emotion">
                <th scope="row" className="cjm-rowhead">
                  {t('cjm.row.emotion')}
                  <span className="cjm-scale" aria-hidden="true" style={{ height: CURVE_HEIGHT }}>
                    {SCALE.map(([v, text]) => (
                      <span key={v} style={{ top: levelY(v) }}>
                        {text}
                      </span>
                    ))}
                  </span>
                </th>
                <td colSpan={n} className="cjm-curve-cell">
                  <svg
                    className="cjm-curve"
                    width="100%"
                    height={CURVE_HEIGHT}
                    role={editable ? 'group' : 'img'}
                    aria-label={
                      editable ? t('cjm.row.emotion') : t('cjm.curveSummary', { summary: curveSummary })
                    }
                  >
                    <rect className="cjm-zone-positive" x="0" y="0" width="100%" height={levelY(0)} />
                    <rect
                      className="cjm-zone-negative"
                      x="0"
                      y={levelY(0)}
                      width="100%"
                      height={CURVE_HEIGHT - levelY(0)}
                    />
                    {LEVELS.map((v) => (
                      <line
                        key={v}
                        className={v === 0 ? 'cjm-grid-zero' : 'cjm-grid'}
                        x1="0"
                        x2="100%"
                        y1={levelY(v)}
                        y2={levelY(v)}
                      />
                    ))}
                    {stages.slice(1).map((s, i) => (
                      <line
                        key={s.id}
                        className="cjm-grid-col"
                        x1={`${((i + 1) / n) * 100}%`}
                        x2={`${((i + 1) / n) * 100}%`}
                        y1="0"
                        y2={CURVE_HEIGHT}
                      />
                    ))}
                    <svg
                      viewBox={`0 0 ${n} ${CURVE_HEIGHT}`}
                      preserveAspectRatio="none"
                      width="100%"
                      height={CURVE_HEIGHT}
                      aria-hidden="true"
                    >
                      <polyline
                        className="cjm-polyline"
                        points={stages.map((s, i) => `${i + 0.5},${levelY(s.emotion)}`).join(' ')}
                        vectorEffect="non-scaling-stroke"
                      />
                    </svg>
                    {stages.map((s, i) =>
                      editable ? (
                        <circle
                          key={s.id}
                          className={`cjm-point cjm-point-${tone(s.emotion)}`}
                          cx={pct(i)}
                          cy={levelY(s.emotion)}
                          r={7}
                          tabIndex={0}
                          role="slider"
                          aria-orientation="vertical"
                          aria-valuemin={EMOTION_MIN}
                          aria-valuemax={EMOTION_MAX}
                          aria-valuenow={s.emotion}
                          aria-valuetext={emotionLabel(s.emotion)}
                          aria-label={t('cjm.emotionOf', { stage: stageLabel(s, i) })}
                          onKeyDown={(e) => onPointKey(e, s)}
                        />
                      ) : (
                        <circle
                          key={s.id}
                          className={`cjm-point cjm-point-${tone(s.emotion)}`}
                          cx={pct(i)}
                          cy={levelY(s.emotion)}
                          r={6}
                        />
                      ),
                    )}
                  </svg>
                  <div
                    className="cjm-curve-labels"
                    style={{ gridTemplateColumns: `repeat(${n}, minmax(0, 1fr))` }}
                  >
                    {stages.map((s, i) => (
                      <div key={s.id} className="cjm-curve-label">
                        {editable && (
                          <Button
                            size="small"
                            className="cjm-step"
                            disabled={s.emotion <= EMOTION_MIN}
                            aria-label={t('cjm.emotionDown', { stage: stageLabel(s, i) })}
                            title={t('cjm.emotionDown', { stage: stageLabel(s, i) })}
                            onClick={() => change(setEmotion(value, s.id, s.emotion - 1))}
                          >
                            <span aria-hidden="true">▼</span>
                          </Button>
                        )}
                        <span
                          className={`cjm-emotion-text cjm-emotion-${tone(s.emotion)}`}
                          aria-hidden={editable}
                        >
                          {emotionLabel(s.emotion)}
                        </span>
                        {editable && (
                          <Button
                            size="small"
                            className="cjm-step"
                            disabled={s.emotion >= EMOTION_MAX}
                            aria-label={t('cjm.emotionUp', { stage: stageLabel(s, i) })}
                            title={t('cjm.emotionUp', { stage: stageLabel(s, i) })}
                            onClick={() => change(setEmotion(value, s.id, s.emotion + 1))}
                          >
                            <span aria-hidden="true">▲</span>
                          </Button>
                        )}
                      </div>
                    ))}
                  </div>
                </td>
              </tr>
            </tbody>
          </table>
        </section>
      )}
      {editable && (
        <Button ref={addEndRef} className="cjm-add" type="dashed" size="small" onClick={() => add()}>
          + {t('cjm.addStage')}
        </Button>
      )}
    </div>
  );
}

function tone(v: CjmEmotion): 'negative' | 'neutral' | 'positive' {
  return v < 0 ? 'negative' : v > 0 ? 'positive' : 'neutral';
}
