import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it('keeps http(s) download links such as presigned S3 URLs', () => {
    const url = 'http://127.0.0.1:9000/reports/r-1.csv?X-Amz-Signature=abc&X-Amz-Expires=900';
    expect(safeHref(url)).toBe(url);
  });

  it('drops script and data URLs and empty values', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref(' JavaScript:alert(1)')).toBeUndefined();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
    expect(safeHref('')).toBeUndefined();
  });
});
