import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent, TooltipComponent, SVGRenderer]);

export type GrafiekOpties = echarts.EChartsCoreOption;

/**
 * An Apache ECharts chart (SVG renderer). For assistive technology it is one image with a short
 * label and a longer description elsewhere on the page (aria-describedby); the numbers themselves
 * are in the table next to it.
 */
export function Grafiek({
  opties,
  label,
  beschrijvingId,
  hoogte,
  testId,
}: {
  opties: GrafiekOpties;
  label: string;
  beschrijvingId: string;
  hoogte: number;
  testId?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const element = ref.current!;
    chart.current = echarts.init(element, undefined, { renderer: 'svg', locale: 'EN' });
    const observer = new ResizeObserver(() => chart.current?.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption({ animation: false, aria: { enabled: false }, ...opties }, true);
  }, [opties]);

  return (
    <div
      ref={ref}
      className="vt-grafiek"
      style={{ height: hoogte }}
      role="img"
      aria-label={label}
      aria-describedby={beschrijvingId}
      data-testid={testId}
    />
  );
}
